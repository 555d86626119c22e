import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { readEnv } from "../../config/env"
import { createRateLimiter, limitPerIp, openRateLimitRedis } from "../../lib/rate-limit"
import { StoreSubmitBakerApplication, StoreWithdrawBakerApplication } from "./baker-applications/validators"
import { BAKERY_PUBLIC_FIELDS } from "../../modules/bakery/fields"
import { StoreCreateBakeryReview, StoreListBakeriesQuery } from "./bakeries/validators"
import { acceptImages } from "../../lib/uploads/accept-images"
import { StoreListCustomCakesQuery, StoreSubmitCustomCake } from "../shared/custom-cake-validators"
import { jsonFromMultipartData } from "./custom-cakes/multipart-data"
import { StoreServingsEstimateQuery } from "./servings-estimate/validators"
import { StoreListSlotsQuery } from "./slots/validators"
import { StoreListCartHoldsQuery } from "./carts/[id]/holds/validators"
import { StoreHoldCartSlot } from "./carts/[id]/slot/validators"
import { refuseDisabledPaymentProvider } from "./payment-collections/refuse-disabled-provider"
import { storeOrderReceiptMiddlewares } from "./orders/receipt-middlewares"
import {
  hideProductOfSuspendedBakery,
  hideVariantOfSuspendedBakery,
  narrowProductList,
  narrowVariantList,
  takeBakeryIdParameter,
} from "./products/bakery-filters"
import { allowImageVariantFields } from "./products/image-variant-fields"

const env = readEnv()
const applicationLimiter = createRateLimiter(
  { keyPrefix: "baker-application", points: env.BAKER_APPLICATIONS_PER_HOUR, durationSeconds: 3600 },
  env.REDIS_URL ? openRateLimitRedis(env.REDIS_URL) : undefined
)

/** Medusa requires a publishable key on every /store route and reads an optional customer login on each. */
export const storeMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/slots", middlewares: [validateAndTransformQuery(StoreListSlotsQuery, { defaults: [], isList: false })] },
  { methods: ["GET"], matcher: "/store/carts/:id/holds", middlewares: [validateAndTransformQuery(StoreListCartHoldsQuery, { defaults: [], isList: false })] },
  { methods: ["POST"], matcher: "/store/carts/:id/slot", middlewares: [validateAndTransformBody(StoreHoldCartSlot)] },
  { methods: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [refuseDisabledPaymentProvider] },
  ...storeOrderReceiptMiddlewares,
  { matcher: "/store/custom-cakes*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    methods: ["GET"],
    matcher: "/store/custom-cakes",
    middlewares: [validateAndTransformQuery(StoreListCustomCakesQuery, { defaults: ["id"], isList: true })],
  },
  {
    methods: ["POST"],
    matcher: "/store/custom-cakes",
    middlewares: [acceptImages(), jsonFromMultipartData, validateAndTransformBody(StoreSubmitCustomCake)],
  },
  { methods: ["POST"], matcher: "/store/custom-cakes/images", middlewares: [acceptImages({ required: true })] },
  {
    methods: ["GET"],
    matcher: "/store/servings-estimate",
    middlewares: [validateAndTransformQuery(StoreServingsEstimateQuery, { defaults: ["shape"], isList: false })],
  },
  { matcher: "/store/products", middlewares: [takeBakeryIdParameter, allowImageVariantFields] },
  { methods: ["GET"], matcher: "/store/products", middlewares: [narrowProductList] },
  { methods: ["GET"], matcher: "/store/products/:id", middlewares: [hideProductOfSuspendedBakery] },
  { methods: ["GET"], matcher: "/store/product-variants", middlewares: [narrowVariantList] },
  { methods: ["GET"], matcher: "/store/product-variants/:id", middlewares: [hideVariantOfSuspendedBakery] },
  {
    methods: ["GET"],
    matcher: "/store/bakeries",
    middlewares: [validateAndTransformQuery(StoreListBakeriesQuery, { defaults: BAKERY_PUBLIC_FIELDS, isList: true })],
  },
  {
    methods: ["POST"],
    matcher: "/store/bakeries/:id/reviews",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCreateBakeryReview)],
  },
  {
    methods: ["POST"],
    matcher: "/store/baker-applications",
    middlewares: [
      limitPerIp(applicationLimiter, "This address has sent too many baker applications."),
      validateAndTransformBody(StoreSubmitBakerApplication),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/baker-applications/:id/withdraw",
    middlewares: [validateAndTransformBody(StoreWithdrawBakerApplication)],
  },
]
