import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeClickPaymentWorkflow } from "../../../../workflows/payments/click/complete-click-payment"
import { findClickAttempt } from "../../../../workflows/payments/click/steps/load-click-attempt"
import { reverseRefusedClickPaymentWorkflow } from "../../../../workflows/payments/click/reverse-refused-click-payment"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import type GatewayModuleService from "../../../../modules/gateway/service"
import { isPermanentRefusal } from "../../workflow-outcome"
import { CLICK_ERROR_OF_VERDICT, handleClickCall, type ClickPhaseHandler } from "../handle-click-call"

const complete: ClickPhaseHandler = async (request, req) => {
  const prepareId = Number(request.merchant_prepare_id)
  try {
    const { result } = await completeClickPaymentWorkflow(req.scope).run({
      input: {
        merchant_prepare_id: prepareId,
        payment_session_id: request.merchant_trans_id,
        amount_tiyin: request.amount_tiyin,
        click_error: Number(request.error),
        click_error_note: request.error_note,
      },
    })
    return { kind: CLICK_ERROR_OF_VERDICT[result.verdict], prepare_id: result.verdict === "OK" ? result.transaction.prepare_id : null }
  } catch (error) {
    if (!isPermanentRefusal(error)) throw error
    // Click has debited the payer and accepts no error here: answer success and return the money (see the workflow).
    const attempt = (await findClickAttempt(req.scope.resolve<GatewayModuleService>(GATEWAY_MODULE), prepareId))!
    const failure = error instanceof Error ? error.message : String(error)
    await reverseRefusedClickPaymentWorkflow(req.scope).run({ input: { id: attempt.id, click_paydoc_id: attempt.click_paydoc_id, failure } })
    return { kind: "SUCCESS", prepare_id: prepareId }
  }
}

/** POST /hooks/click/complete: Click reports the payment's result for a prepared attempt. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await handleClickCall("complete", complete, req, res)
}
