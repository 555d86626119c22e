import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendAlertToStaffChatStep } from "../alerts/steps/send-alert-to-staff-chat"
import type { StockCrossing } from "./steps/check-stock-thresholds"
import { composeLowStockAlertStep } from "./steps/compose-low-stock-alert"
import { sendLowStockFeedStep } from "./steps/send-low-stock-feed"

/** One low-stock crossing told to staff: the seller's Telegram staff chat and the admin's feed, each once. */
export const alertLowStockWorkflow = createWorkflow("alert-low-stock", (input: StockCrossing) => {
  const alert = composeLowStockAlertStep(input)
  const staffChat = sendAlertToStaffChatStep(alert)
  const feed = sendLowStockFeedStep(alert)
  return new WorkflowResponse(transform({ staffChat, feed }, ({ staffChat, feed }) => ({ staff_chat: staffChat, feed })))
})
