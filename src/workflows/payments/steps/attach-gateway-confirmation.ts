import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { signGatewayMarker, type GatewayMarkerInput } from "../gateway-marker"


type Restore = { id: string; data: Record<string, unknown>; amount: BigNumberInput; currency_code: string }

/** Marks the session as paid at the gateway, so its provider authorizes it (as captured) when Medusa asks. */
export const attachGatewayConfirmationStep = createStep(
  "attach-gateway-confirmation",
  async (input: GatewayMarkerInput, { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    const session = await paymentModule.retrievePaymentSession(input.payment_session_id)
    if (session.data?.amount_tiyin !== input.amount_tiyin) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payment ${session.id} no longer asks for ${input.amount_tiyin} tiyin`)
    }
    const confirmation = signGatewayMarker(input, "capture")
    const base = { id: session.id, amount: session.amount as BigNumberInput, currency_code: session.currency_code }
    await paymentModule.updatePaymentSession({ ...base, data: { ...session.data, confirmation } })
    return new StepResponse(undefined, { ...base, data: session.data } as Restore)
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession(restore)
  }
)
