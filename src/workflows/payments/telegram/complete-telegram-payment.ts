import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_SESSION_LOCK, gatewaySessionLockKey } from "../gateway-lock"
import { takeGatewayPaymentStep } from "../steps/take-gateway-payment"
import type { TelegramPaymentReport } from "./telegram-payment-rules"

export type CompleteTelegramPaymentInput = TelegramPaymentReport & { telegram_payment_charge_id: string; provider_payment_charge_id: string }

/**
 * Telegram charged the customer (successful_payment): the session is confirmed and its cart becomes an order, once
 * however often Telegram delivers the update. The transaction id kept is the payment provider's charge id, the one
 * its dashboard shows for a refund. If Medusa refuses the order for good, the money is already taken and the Bot API
 * cannot return it, so staff are told at once in the admin to refund it.
 */
export const completeTelegramPaymentWorkflow = createWorkflow("complete-telegram-payment", (input: CompleteTelegramPaymentInput) => {
  const lockKey = transform({ input }, ({ input }) => gatewaySessionLockKey(input.payment_session_id))
  acquireLockStep({ key: lockKey, ...GATEWAY_SESSION_LOCK })
  const payment = takeGatewayPaymentStep(
    transform({ input }, ({ input }) => ({
      payment_session_id: input.payment_session_id,
      gateway: "telegram" as const,
      transaction_id: input.provider_payment_charge_id,
      amount_tiyin: String(input.total_amount),
    }))
  )
  when("alert-refused-telegram-payment", { payment }, ({ payment }) => !payment.taken).then(() => {
    sendNotificationsStep(
      transform({ input, payment }, ({ input, payment }) => [
        {
          to: "",
          channel: "feed",
          template: "admin-ui",
          idempotency_key: `telegram-payment-refused:${input.telegram_payment_charge_id}`,
          data: {
            title: "A Telegram payment needs a refund",
            description: `Telegram charged ${input.total_amount / 100} ${input.currency} (provider charge ${input.provider_payment_charge_id}) but the order was refused: ${payment.failure}. Refund it in the payment provider's dashboard.`,
          },
        },
      ])
    )
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(payment)
})
