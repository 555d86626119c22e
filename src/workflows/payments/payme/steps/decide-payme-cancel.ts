import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import { GatewayOutcomeCodes } from "../../../../modules/gateway/error-codes"
import type GatewayModuleService from "../../../../modules/gateway/service"
import { findPaymentCollectionOwner } from "../../payable-session"
import { PaymeState, type PaymeTransactionRow } from "../payme-rules"
import { findPaymeTransaction } from "./load-payme-transaction"

export type PaymeCancelDecision = { transaction: PaymeTransactionRow; next_state: number | null }

type OrderFulfillments = { fulfillments?: { shipped_at: string | null; delivered_at: string | null; canceled_at: string | null }[] }

async function goodsLeftTheShop(container: MedusaContainer, collectionId: string): Promise<boolean> {
  const { order_id: orderId } = await findPaymentCollectionOwner(container, collectionId)
  if (!orderId) return false
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at"],
    filters: { id: orderId },
  })
  const fulfillments = (orders[0] as OrderFulfillments | undefined)?.fulfillments ?? []
  return fulfillments.some((fulfillment) => !fulfillment.canceled_at && (fulfillment.shipped_at || fulfillment.delivered_at))
}

/**
 * Read under the lock: state 1 is cancelled (-1), state 2 refunded (-2) unless the goods were shipped or delivered,
 * and a cancelled transaction answers its stored cancel_time (`next_state` null: nothing to do).
 */
export const decidePaymeCancelStep = createStep("decide-payme-cancel", async (input: { payme_id: string }, { container }) => {
  const transaction = (await findPaymeTransaction(container.resolve<GatewayModuleService>(GATEWAY_MODULE), input.payme_id))!
  if (transaction.state === PaymeState.CREATED) {
    return new StepResponse<PaymeCancelDecision>({ transaction, next_state: PaymeState.CANCELLED })
  }
  if (transaction.state !== PaymeState.PERFORMED) {
    return new StepResponse<PaymeCancelDecision>({ transaction, next_state: null })
  }
  if (await goodsLeftTheShop(container, transaction.payment_collection_id)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The order was already shipped or delivered; it cannot be cancelled", GatewayOutcomeCodes.PAYMENT_DELIVERED)
  }
  return new StepResponse<PaymeCancelDecision>({ transaction, next_state: PaymeState.CANCELLED_AFTER_PERFORM })
})
