import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reverseClickPaymentStep } from "./steps/reverse-click-payment"
import { setClickStatusStep } from "./steps/set-click-status"

export type ReverseRefusedClickPaymentInput = { id: string; click_paydoc_id: string; failure: string }

/**
 * Click debited the payer but Medusa refused the order (stock gone, cart changed). Click allows no error answer
 * here, so the attempt is cancelled and the money returned through Click's reversal; a failed reversal stays on the
 * attempt (and in the error log) for staff.
 */
export const reverseRefusedClickPaymentWorkflow = createWorkflow("reverse-refused-click-payment", (input: ReverseRefusedClickPaymentInput) => {
  const reversal = reverseClickPaymentStep({ click_paydoc_id: input.click_paydoc_id })
  const status = transform({ input, reversal }, ({ input, reversal }) => ({
    id: input.id,
    status: reversal.reversed ? ("REVERSED" as const) : ("CANCELLED" as const),
    cancel_reason: "MEDUSA_REFUSED",
    failure: reversal.failure ? `${input.failure}; reversal failed: ${reversal.failure}` : input.failure,
  }))
  const ended = setClickStatusStep(status)
  return new WorkflowResponse(ended)
})
