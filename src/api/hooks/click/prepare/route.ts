import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { prepareClickPaymentWorkflow } from "../../../../workflows/payments/click/prepare-click-payment"
import { CLICK_ERROR_OF_VERDICT, handleClickCall, type ClickPhaseHandler } from "../handle-click-call"

const prepare: ClickPhaseHandler = async (request, req) => {
  const { result } = await prepareClickPaymentWorkflow(req.scope).run({
    input: {
      click_trans_id: request.click_trans_id,
      click_paydoc_id: request.click_paydoc_id,
      payment_session_id: request.merchant_trans_id,
      amount: request.amount,
      amount_tiyin: request.amount_tiyin,
    },
  })
  return { kind: CLICK_ERROR_OF_VERDICT[result.verdict], prepare_id: result.verdict === "OK" ? result.transaction?.prepare_id : null }
}

/** POST /hooks/click/prepare: Click asks whether the payment may go ahead and gets our merchant_prepare_id. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await handleClickCall("prepare", prepare, req, res)
}
