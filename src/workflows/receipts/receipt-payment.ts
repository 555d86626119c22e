import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { GATEWAY_MODULE } from "../../modules/gateway"
import type GatewayModuleService from "../../modules/gateway/service"

export type OrderPayment = {
  id: string
  provider_id: string
  payment_session_id: string | null
  data: Record<string, unknown> | null
  captured_at: string | Date | null
  canceled_at: string | Date | null
  captures: { amount: unknown; created_at?: string | Date | null }[] | null
}

export type PaidPayment = { provider_id: string; payment: OrderPayment; paid_at: string }

const time = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null)

/**
 * Whether the order is paid (its payments' captures cover the total, which is above zero) and by which payment: the
 * one captured last. Refunds do not unpay an order here: the receipt is for the sale that happened.
 */
export function paidPayment(payments: OrderPayment[], total: unknown): PaidPayment | null {
  const live = payments.filter((payment) => !payment.canceled_at)
  const captured = MathBN.sum(0, ...live.flatMap((payment) => (payment.captures ?? []).map((capture) => capture.amount as string)))
  if (!MathBN.gt(total as string, 0) || !MathBN.gte(captured, total as string)) return null
  const withTime = live
    .flatMap((payment) => {
      const at = time(payment.captured_at) ?? time((payment.captures ?? []).map((capture) => capture.created_at).sort().at(-1))
      return at ? [{ payment, at }] : []
    })
    .sort((a, b) => a.at.localeCompare(b.at))
  const last = withTime.at(-1)
  return last ? { provider_id: last.payment.provider_id, payment: last.payment, paid_at: last.at } : null
}

/**
 * The id the gateway knows the payment by: Payme's transaction id and Click's click_trans_id (as the admin's gateway
 * transactions widget shows them), Telegram's provider charge id (in the signed confirmation), Stripe's PaymentIntent.
 * The Payme or Click transaction is looked up by session whatever its state: its perform / complete is recorded only
 * after Medusa placed the order, so it may still read "created" when the receipt is made.
 */
export async function gatewayTransactionId(container: MedusaContainer, payment: OrderPayment): Promise<string | null> {
  const sessionId = payment.payment_session_id
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  if (sessionId && payment.provider_id.startsWith("pp_payme_")) {
    const [transaction] = await gateway.listPaymeTransactions({ payment_session_id: sessionId, state: [1, 2] })
    if (transaction) return transaction.payme_id
  }
  if (sessionId && payment.provider_id.startsWith("pp_click_")) {
    const [transaction] = await gateway.listClickTransactions({ payment_session_id: sessionId, status: ["PREPARED", "COMPLETED"] })
    if (transaction) return transaction.click_trans_id
  }
  const data = payment.data ?? {}
  const confirmation = data.confirmation as { transaction_id?: unknown } | null | undefined
  if (typeof confirmation?.transaction_id === "string") return confirmation.transaction_id
  if (payment.provider_id.startsWith("pp_stripe_") && typeof data.id === "string") return data.id
  return null
}
