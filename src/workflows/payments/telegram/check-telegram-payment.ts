import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TelegramPaymentReport } from "./telegram-payment-rules"
import { assertCartInStockStep } from "./steps/assert-cart-in-stock"
import { checkTelegramPayableStep } from "./steps/check-telegram-payable"
import { assertCartStillHeldStep } from "../steps/assert-cart-still-held"

/**
 * Telegram's pre-checkout question ("may I charge this?"), answered within its 10 seconds: yes only while the
 * invoice's session is payable for this amount. Telegram charges right after a yes and the Bot API cannot refund,
 * so anything that would make the order fail later must fail here.
 */
export const checkTelegramPaymentWorkflow = createWorkflow("check-telegram-payment", (input: TelegramPaymentReport) => {
  const payable = checkTelegramPayableStep(input)
  assertCartInStockStep(payable)
  assertCartStillHeldStep(payable)
  return new WorkflowResponse(payable)
})
