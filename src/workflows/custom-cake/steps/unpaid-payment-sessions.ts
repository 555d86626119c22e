import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertNoGatewayPaymentInProgress } from "../../payments/payment-hold"

/**
 * The payment sessions of an approval's cart, to withdraw them when it is cancelled or lapses; refused while Payme or
 * Click is in the middle of taking the money (the customer is paying right now: that payment decides).
 */
export const unpaidPaymentSessionsStep = createStep("unpaid-payment-sessions", async (input: { cart_id: string | null }, { container }) => {
  if (!input.cart_id) return new StepResponse([] as string[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.id", "payment_collection.payment_sessions.id"],
    filters: { id: input.cart_id },
  })
  const collection = data[0]?.payment_collection as { id: string; payment_sessions?: { id: string }[] } | undefined
  if (!collection) return new StepResponse([] as string[])
  await assertNoGatewayPaymentInProgress(container, collection.id)
  return new StepResponse((collection.payment_sessions ?? []).map((session) => session.id))
})
