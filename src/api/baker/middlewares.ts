import {
  authenticate,
  type MiddlewareFunction,
  type MiddlewareRoute,
  type MiddlewareVerb,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { staffCustomCakeMiddlewares } from "../shared/custom-cake-middlewares"
import { UpdateMyBakerySchema } from "./bakery/validators"
import { requireOwn } from "./helpers/require-own"
import { acceptProductImages } from "../shared/product-images"
import { AcceptBakerInviteSchema } from "./invites/accept/validators"
import { listBakerOrdersConfig } from "./orders/query-config"
import { ListBakerOrdersSchema } from "./orders/validators"
import { listBakerProductsConfig } from "./products/query-config"
import {
  CreateBakerProductSchema,
  ListBakerProductsSchema,
  SetVariantStockSchema,
  UpdateBakerProductSchema,
} from "./products/validators"

/** Every baker route but the invite acceptance needs a logged-in baker; other actors' tokens answer 401. */
const forBaker = (matcher: string, methods: MiddlewareVerb[], ...middlewares: MiddlewareFunction[]): MiddlewareRoute => ({
  matcher,
  methods,
  middlewares: [authenticate("baker", ["bearer", "session"]), ...middlewares],
})

export const bakerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/baker/invites/accept",
    methods: ["POST"],
    // The token comes from POST /auth/baker/emailpass/register, before the login belongs to any baker.
    middlewares: [
      authenticate("baker", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(AcceptBakerInviteSchema),
    ],
  },
  forBaker("/baker/me", ["GET"]),
  forBaker("/baker/bakery", ["GET"]),
  forBaker("/baker/bakery", ["POST"], validateAndTransformBody(UpdateMyBakerySchema)),
  forBaker("/baker/products", ["GET"], validateAndTransformQuery(ListBakerProductsSchema, listBakerProductsConfig)),
  forBaker("/baker/products", ["POST"], validateAndTransformBody(CreateBakerProductSchema)),
  forBaker("/baker/products/:id", ["GET", "DELETE"], requireOwn("product")),
  forBaker("/baker/products/:id", ["POST"], requireOwn("product"), validateAndTransformBody(UpdateBakerProductSchema)),
  forBaker("/baker/products/:id/images", ["POST"], requireOwn("product"), acceptProductImages()),
  forBaker(
    "/baker/products/:id/variants/:variant_id/stock",
    ["POST"],
    requireOwn("product"),
    validateAndTransformBody(SetVariantStockSchema)
  ),
  forBaker("/baker/orders", ["GET"], validateAndTransformQuery(ListBakerOrdersSchema, listBakerOrdersConfig)),
  forBaker("/baker/orders/:id", ["GET"], requireOwn("order")),
  ...staffCustomCakeMiddlewares("/baker", [authenticate("baker", ["bearer", "session"])]),
]
