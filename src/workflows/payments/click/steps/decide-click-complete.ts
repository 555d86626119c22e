import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import type GatewayModuleService from "../../../../modules/gateway/service"
import type { ClickTransactionRow, ClickVerdict } from "../click-rules"
import { findClickAttempt } from "./load-click-attempt"

export type DecideClickCompleteInput = { merchant_prepare_id: number; amount_tiyin: string; click_error: number; click_error_note: string }
export type ClickCompleteDecision = { verdict: ClickVerdict; transaction: ClickTransactionRow; confirm: boolean; cancel_session: boolean }

/**
 * Read under the lock, in the order of Click's reference library: a failed payment (error < 0) cancels a waiting
 * attempt and answers -9, checked first as Click's test suite expects; then already paid (-4), amount (-2),
 * cancelled (-9); only a waiting attempt with error 0 is confirmed.
 */
export const decideClickCompleteStep = createStep("decide-click-complete", async (input: DecideClickCompleteInput, { container }) => {
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const transaction = (await findClickAttempt(gateway, input.merchant_prepare_id))!
  const decide = (verdict: ClickVerdict, extra: Partial<ClickCompleteDecision> = {}) =>
    new StepResponse<ClickCompleteDecision>({ verdict, transaction, confirm: false, cancel_session: false, ...extra })

  if (input.click_error < 0) {
    if (transaction.status !== "PREPARED") return decide("CANCELLED")
    const cancelled = await gateway.updateClickTransactions({
      id: transaction.id,
      status: "CANCELLED",
      cancel_reason: "CLICK_CANCELLED",
      click_error: input.click_error,
      click_error_note: input.click_error_note || null,
      cancelled_at: new Date(),
    })
    return decide("CANCELLED", { transaction: cancelled as unknown as ClickTransactionRow, cancel_session: true })
  }
  if (transaction.status === "COMPLETED") return decide("ALREADY_PAID")
  if (String(transaction.amount_tiyin) !== input.amount_tiyin) return decide("AMOUNT_MISMATCH")
  if (transaction.status !== "PREPARED") return decide("CANCELLED")
  return decide("OK", { confirm: true })
})
