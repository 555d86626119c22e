import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { GATEWAY_MODULE } from "../../modules/gateway"
import type GatewayModuleService from "../../modules/gateway/service"
import { isExpired, PaymeState, type PaymeTransactionRow } from "./payme/payme-rules"

/** Click documents no timeout; an attempt prepared this long ago without a Complete no longer holds the cart. */
export const CLICK_HOLD_MS = 60 * 60 * 1000

export const CART_PAYMENT_IN_PROGRESS = "CART_PAYMENT_IN_PROGRESS"

/** Which gateway is taking this collection's money right now (a Payme transaction created, a Click attempt prepared), if any. */
export async function gatewayPaymentInProgress(container: MedusaContainer, paymentCollectionId: string): Promise<"Payme" | "Click" | null> {
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const now = Date.now()
  const [payme, click] = await Promise.all([
    gateway.listPaymeTransactions({ payment_collection_id: paymentCollectionId, state: PaymeState.CREATED }),
    gateway.listClickTransactions({ payment_collection_id: paymentCollectionId, status: "PREPARED", prepared_at: { $gt: new Date(now - CLICK_HOLD_MS) } }),
  ])
  if ((payme as unknown as PaymeTransactionRow[]).some((transaction) => !isExpired(transaction, now))) return "Payme"
  return click.length ? "Click" : null
}

/**
 * Payme's CreateTransaction and Click's Prepare reserve the order: until the gateway performs, cancels or times out,
 * the customer may not change what is being paid (a changed cart would be refused at perform anyway).
 */
export async function assertNoGatewayPaymentInProgress(container: MedusaContainer, paymentCollectionId: string): Promise<void> {
  const gateway = await gatewayPaymentInProgress(container, paymentCollectionId)
  if (gateway) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This cart is being paid with ${gateway}; finish or cancel that payment before changing the cart.`,
      CART_PAYMENT_IN_PROGRESS
    )
  }
}
