import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminAccuracyQuery,
  AdminApplyPrediction,
  AdminCreateIngredient,
  AdminListIngredientsQuery,
  AdminListModelVersionsQuery,
  AdminPredictCakePrice,
  AdminSetVariantServings,
  AdminUpdateIngredient,
} from "./validators"

// The routes read their own modules' services; the query configs only satisfy validateAndTransformQuery.
const listConfig = { defaults: ["id"], isList: true }

export const adminPricingMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/pricing/predict", middlewares: [validateAndTransformBody(AdminPredictCakePrice)] },
  { method: ["POST"], matcher: "/admin/pricing/predictions/:id/apply", middlewares: [validateAndTransformBody(AdminApplyPrediction)] },
  { method: ["GET"], matcher: "/admin/pricing/ingredients", middlewares: [validateAndTransformQuery(AdminListIngredientsQuery, listConfig)] },
  { method: ["POST"], matcher: "/admin/pricing/ingredients", middlewares: [validateAndTransformBody(AdminCreateIngredient)] },
  { method: ["POST"], matcher: "/admin/pricing/ingredients/:id", middlewares: [validateAndTransformBody(AdminUpdateIngredient)] },
  { method: ["GET"], matcher: "/admin/pricing/models", middlewares: [validateAndTransformQuery(AdminListModelVersionsQuery, listConfig)] },
  { method: ["POST"], matcher: "/admin/pricing/variants/:id/servings", middlewares: [validateAndTransformBody(AdminSetVariantServings)] },
  { method: ["GET"], matcher: "/admin/pricing/accuracy", middlewares: [validateAndTransformQuery(AdminAccuracyQuery, { defaults: ["id"], isList: false })] },
]
