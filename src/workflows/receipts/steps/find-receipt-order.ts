import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindReceiptOrderInput = { order_id?: string; payment_id?: string }

/** The order a receipt is for: given, or the order of a captured payment's collection (null for a cart's payment). */
export const findReceiptOrderStep = createStep("find-receipt-order", async (input: FindReceiptOrderInput, { container }) => {
  if (input.order_id) return new StepResponse<string | null>(input.order_id)
  if (!input.payment_id) return new StepResponse<string | null>(null)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: input.payment_id } })
  if (!payment) return new StepResponse<string | null>(null)
  const { data: [link] } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  return new StepResponse<string | null>((link?.order_id as string | undefined) ?? null)
})
