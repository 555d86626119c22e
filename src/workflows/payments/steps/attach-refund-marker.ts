import type { BigNumberInput, UpdatePaymentDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { signGatewayMarker, type GatewayMarkerInput } from "../gateway-marker"

export type RefundTarget = { payment_id: string; amount: BigNumberInput }

/** Marks the session's payment as refunded by the gateway, so its provider lets Medusa record the refund. */
export const attachRefundMarkerStep = createStep(
  "attach-refund-marker",
  async (input: GatewayMarkerInput, { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    const [payment] = await paymentModule.listPayments({ payment_session_id: input.payment_session_id }, { take: 1 })
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment session ${input.payment_session_id} has no payment to refund`)
    }
    const refund = signGatewayMarker(input, "refund")
    // UpdatePaymentDTO leaves `data` out of its type, but the payment module stores it like any other column.
    await paymentModule.updatePayment({ id: payment.id, data: { ...payment.data, refund } } as UpdatePaymentDTO)
    const target: RefundTarget = { payment_id: payment.id, amount: payment.raw_amount ?? payment.amount }
    return new StepResponse(target, { id: payment.id, data: payment.data ?? {} })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve(Modules.PAYMENT).updatePayment(restore as UpdatePaymentDTO)
  }
)
