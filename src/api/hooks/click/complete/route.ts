import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeClickPaymentWorkflow } from "../../../../workflows/payments/click/complete-click-payment"
import { CLICK_ERROR_OF_VERDICT, handleClickCall, type ClickPhaseHandler } from "../handle-click-call"

const complete: ClickPhaseHandler = async (request, req) => {
  const { result } = await completeClickPaymentWorkflow(req.scope).run({
    input: {
      merchant_prepare_id: Number(request.merchant_prepare_id),
      payment_session_id: request.merchant_trans_id,
      amount_tiyin: request.amount_tiyin,
      click_error: Number(request.error),
      click_error_note: request.error_note,
    },
  })
  return { kind: CLICK_ERROR_OF_VERDICT[result.verdict], prepare_id: result.verdict === "OK" ? result.transaction.prepare_id : null }
}

/** POST /hooks/click/complete: Click reports the payment's result for a prepared attempt. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await handleClickCall("complete", complete, req, res)
}
