import { defineMiddlewares } from "@medusajs/framework/http"
import { domainErrorHandler } from "./error-handler"

/** Each area keeps its routes' middlewares in its own file, spread here. */
export default defineMiddlewares({
  errorHandler: domainErrorHandler,
  routes: [],
})
