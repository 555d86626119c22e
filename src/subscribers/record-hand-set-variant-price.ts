import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductVariantWorkflowEvents } from "@medusajs/framework/utils"
import { recordHandSetPriceWorkflow } from "../workflows/pricing/record-hand-set-price"

/** A variant saved in the admin may carry the price staff chose after a suggestion: the pricing log learns it. */
export default async function recordHandSetVariantPrice({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordHandSetPriceWorkflow(container).run({ input: { product_variant_id: event.data.id } })
}

export const config: SubscriberConfig = { event: ProductVariantWorkflowEvents.UPDATED }
