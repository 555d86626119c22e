import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareFunction, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdvanceCustomCakeProduction,
  ApproveCustomCake,
  RejectCustomCake,
  StaffListCustomCakesQuery,
} from "./custom-cake-validators"

// The handlers read the custom-cake module through query.graph; the query config only satisfies the validator.
const listConfig = { defaults: ["id"], isList: true }

/** Validation of the staff custom-cake routes under `/admin` or `/baker`, after the area's own `guards`. */
export function staffCustomCakeMiddlewares(area: "/admin" | "/baker", guards: MiddlewareFunction[] = []): MiddlewareRoute[] {
  const base = `${area}/custom-cakes`
  return [
    { methods: ["GET"], matcher: base, middlewares: [...guards, validateAndTransformQuery(StaffListCustomCakesQuery, listConfig)] },
    { methods: ["GET"], matcher: `${base}/:id`, middlewares: guards },
    { methods: ["GET"], matcher: `${base}/:id/images/:image_id`, middlewares: guards },
    { methods: ["POST"], matcher: `${base}/:id/approve`, middlewares: [...guards, validateAndTransformBody(ApproveCustomCake)] },
    { methods: ["POST"], matcher: `${base}/:id/reject`, middlewares: [...guards, validateAndTransformBody(RejectCustomCake)] },
    { methods: ["POST"], matcher: `${base}/:id/production`, middlewares: [...guards, validateAndTransformBody(AdvanceCustomCakeProduction)] },
  ]
}
