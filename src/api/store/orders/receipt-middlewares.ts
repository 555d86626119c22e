import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RECEIPT_FIELDS, type StoredReceipt } from "../../shared/order-receipt"
import { formatReceiptNumber } from "../../../workflows/receipts/receipt-number"

/** What the order's owner sees of its receipt: the printed number, when it was made, and where to download it. */
export type StoreReceiptView = { id: string; number: string; generated_at: string | null; download_url: string }

type OrderBody = { order?: { id: string }; orders?: { id: string }[] }

async function withOwnReceipts(scope: MedusaContainer, customerId: string, body: OrderBody): Promise<OrderBody> {
  const orders = body.orders ?? (body.order ? [body.order] : [])
  if (!orders.length) return body
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", ...RECEIPT_FIELDS],
    filters: { id: orders.map((order) => order.id), customer_id: customerId },
  })
  const owned = new Map(data.map((order: { id: string; receipt?: StoredReceipt | null }) => [order.id, order.receipt ?? null]))
  const view = (order: { id: string }) => {
    if (!owned.has(order.id)) return order
    const receipt = owned.get(order.id)
    const shown: StoreReceiptView | null = receipt?.file_id
      ? {
          id: receipt.id,
          number: formatReceiptNumber(receipt.number),
          generated_at: receipt.generated_at ? new Date(receipt.generated_at).toISOString() : null,
          download_url: `/store/orders/${order.id}/receipt`,
        }
      : null
    return { ...order, receipt: shown }
  }
  return body.orders ? { ...body, orders: body.orders.map(view) } : { ...body, order: view(body.order!) }
}

/*
 * Medusa's own GET /store/orders and /store/orders/:id answer with `receipt` added for the logged-in customer's own
 * orders (null until there is one); others, and requests without a login, get Medusa's answer untouched. Medusa's
 * retrieval route is open to anyone holding the id, hence the owner check here rather than a `receipt.*` field.
 * Project middlewares run after Medusa's, so this wraps the route's res.json.
 */
export function addOwnReceipts(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!customerId) return next()
  const json = res.json.bind(res)
  res.json = ((body: OrderBody) => {
    if (res.statusCode >= 400) return json(body)
    withOwnReceipts(req.scope, customerId, body).then(json, next)
    return res
  }) as typeof res.json
  next()
}

export const storeOrderReceiptMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/orders", middlewares: [addOwnReceipts] },
  { methods: ["GET"], matcher: "/store/orders/:id", middlewares: [addOwnReceipts] },
  { methods: ["GET"], matcher: "/store/orders/:id/receipt", middlewares: [authenticate("customer", ["session", "bearer"])] },
]
