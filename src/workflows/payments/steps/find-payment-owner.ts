import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findPaymentCollectionOwner } from "../payable-session"

/** Whether a session's payment collection belongs to a cart (that becomes an order) or to an existing order. */
export const findPaymentOwnerStep = createStep(
  "find-payment-owner",
  async (input: { payment_session_id: string }, { container }) => {
    const session = await container.resolve(Modules.PAYMENT).retrievePaymentSession(input.payment_session_id)
    return new StepResponse(await findPaymentCollectionOwner(container, session.payment_collection_id))
  }
)
