import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PaymentOwner = { cart_id: string | null; order_id: string | null }

/** Whether a session's payment collection belongs to a cart (that becomes an order) or to an existing order. */
export const findPaymentOwnerStep = createStep(
  "find-payment-owner",
  async (input: { payment_session_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: sessions } = await query.graph({
      entity: "payment_session",
      fields: ["payment_collection_id"],
      filters: { id: input.payment_session_id },
    })
    const collectionId = (sessions[0] as { payment_collection_id: string }).payment_collection_id
    const [{ data: carts }, { data: orders }] = await Promise.all([
      query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: collectionId } }),
      query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collectionId } }),
    ])
    const owner: PaymentOwner = {
      cart_id: (carts[0] as { cart_id: string } | undefined)?.cart_id ?? null,
      order_id: (orders[0] as { order_id: string } | undefined)?.order_id ?? null,
    }
    return new StepResponse(owner)
  }
)
