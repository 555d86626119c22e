import { createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

export type OpenCartPaymentInput = { cart_id: string; provider_id: string; lang: "ru" | "uz" | "en" }

export type OpenedCartPayment = { session_id: string; amount: number; currency_code: string; data: Record<string, unknown> }

/**
 * A payment session of the chosen gateway for a cart: its payment collection (made on first use, as the Store API's
 * POST /store/payment-collections does) and a new session replacing earlier ones (POST .../payment-sessions), whose
 * data says where to pay. The same two core workflows the Store API runs, in one call for the bot.
 */
export const openCartPaymentWorkflow = createWorkflow("open-cart-payment", (input: OpenCartPaymentInput) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "payment_collection.id"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "read-cart-payment-collection" })
  const existing = transform({ carts }, ({ carts }) => (carts[0] as any)?.payment_collection?.id as string | undefined)
  const created = when("create-cart-payment-collection", { existing }, ({ existing }) => !existing).then(() =>
    createPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  )
  const session = createPaymentSessionsWorkflow.runAsStep({
    input: transform({ input, existing, created }, ({ input, existing, created }) => ({
      payment_collection_id: existing ?? created!.id,
      provider_id: input.provider_id,
      data: { lang: input.lang },
    })),
  })
  return new WorkflowResponse(
    transform({ session }, ({ session }): OpenedCartPayment => ({
      session_id: session.id,
      amount: Number(session.amount),
      currency_code: session.currency_code,
      data: (session.data ?? {}) as Record<string, unknown>,
    }))
  )
})
