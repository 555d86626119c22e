import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { bakerMiddlewares } from "./baker/middlewares"
import { domainErrorHandler } from "./error-handler"
import { hookMiddlewares } from "./hooks/middlewares"
import { storeMiddlewares } from "./store/middlewares"

/** Each area keeps its routes' middlewares in its own file, spread here. */
export default defineMiddlewares({
  errorHandler: domainErrorHandler,
  routes: [
    ...adminMiddlewares,
    ...bakerMiddlewares,
    ...hookMiddlewares,
    ...storeMiddlewares,
  ],
})
