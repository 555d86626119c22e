import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordFulfillmentMovementsWorkflow } from "../workflows/inventory-ledger/record-fulfillment-movements"

/** Medusa's fulfilments move stock: made, it is a SALE in the ledger; cancelled, the stock is back as a RETURN. */
export default async function recordFulfillmentMovements({ event, container }: SubscriberArgs<{ fulfillment_id: string }>) {
  const kind = event.name === OrderWorkflowEvents.FULFILLMENT_CANCELED ? "CANCELLED" : "SALE"
  await recordFulfillmentMovementsWorkflow(container).run({ input: { fulfillment_id: event.data.fulfillment_id, kind } })
}

export const config: SubscriberConfig = { event: [OrderWorkflowEvents.FULFILLMENT_CREATED, OrderWorkflowEvents.FULFILLMENT_CANCELED] }
