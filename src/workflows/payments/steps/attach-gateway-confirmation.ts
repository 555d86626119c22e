import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { signConfirmation, type GatewayConfirmation } from "../../../lib/payments/confirmation"
import { gatewaySecret } from "../gateway-secret"

export type AttachGatewayConfirmationInput = {
  payment_session_id: string
  gateway: GatewayConfirmation["gateway"]
  transaction_id: string
  amount_tiyin: string
}

type Restore = { id: string; data: Record<string, unknown>; amount: number; currency_code: string }

/** Marks the session as paid at the gateway, so its provider authorizes it (as captured) when Medusa asks. */
export const attachGatewayConfirmationStep = createStep(
  "attach-gateway-confirmation",
  async (input: AttachGatewayConfirmationInput, { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    const session = await paymentModule.retrievePaymentSession(input.payment_session_id)
    if (session.data?.amount_tiyin !== input.amount_tiyin) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payment ${session.id} no longer asks for ${input.amount_tiyin} tiyin`)
    }
    const confirmation = signConfirmation(gatewaySecret(input.gateway), session.id, {
      gateway: input.gateway,
      purpose: "capture",
      transaction_id: input.transaction_id,
      amount_tiyin: input.amount_tiyin,
      confirmed_at: new Date().toISOString(),
    })
    const base = { id: session.id, amount: Number(session.amount), currency_code: session.currency_code }
    await paymentModule.updatePaymentSession({ ...base, data: { ...session.data, confirmation } })
    return new StepResponse(undefined, { ...base, data: session.data } as Restore)
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession(restore)
  }
)
