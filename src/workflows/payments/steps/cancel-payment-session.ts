import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The gateway cancelled an unpaid transaction: the session is marked canceled (the storefront starts a new one to
 * pay again). A session Medusa already deleted (the cart changed) has nothing left to cancel.
 */
export const cancelPaymentSessionStep = createStep(
  "cancel-payment-session",
  async (input: { payment_session_id: string }, { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    const [session] = await paymentModule.listPaymentSessions({ id: input.payment_session_id }, { take: 1 })
    if (!session || session.status !== PaymentSessionStatus.PENDING) return new StepResponse(undefined)
    await paymentModule.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: session.data,
      status: PaymentSessionStatus.CANCELED,
    })
    return new StepResponse(undefined)
  }
)
