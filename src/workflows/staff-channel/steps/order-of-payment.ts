import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PaidOrderRef = { order_id?: string; payment_id?: string }

/** The order a publish is about: given, or the one whose payment was captured; null when the payment has none. */
export const orderOfPaymentStep = createStep("order-of-payment", async (input: PaidOrderRef, { container }) => {
  if (input.order_id) return new StepResponse(input.order_id as string | null)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: input.payment_id } })
  return new StepResponse(((data[0] as any)?.payment_collection?.order?.id ?? null) as string | null)
})
