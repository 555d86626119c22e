import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendHoldExpiredMessageStep, type HoldExpiredInput } from "./steps/send-hold-expired-message"

/** Tells a Telegram customer their cart's hold ran out, with buttons to add the items again. */
export const notifyHoldExpiredWorkflow = createWorkflow("notify-hold-expired", (input: HoldExpiredInput) => {
  return new WorkflowResponse(sendHoldExpiredMessageStep(input))
})
