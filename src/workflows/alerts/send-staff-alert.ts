import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendAlertSmsStep, type StaffAlertInput } from "./steps/send-alert-sms"
import { sendAlertToStaffChatStep } from "./steps/send-alert-to-staff-chat"

export type { StaffAlertInput } from "./steps/send-alert-sms"

/**
 * Something staff must see now: an SMS to each ALERT_SMS_TO number, and the seller's staff chat when SMS cannot
 * deliver it (Twilio off, or a number failed after retries). Keyed by `idempotency_key`: run again, it sends nothing
 * already sent. Answers who got it (numbers masked).
 */
export const sendStaffAlertWorkflow = createWorkflow("send-staff-alert", (input: StaffAlertInput) => {
  const sms = sendAlertSmsStep(input)
  const staffChat = when("staff-alert-to-staff-chat", { sms }, ({ sms }) => sms.needs_staff_chat).then(() => sendAlertToStaffChatStep(input))
  const outcome = transform({ sms, staffChat }, ({ sms, staffChat }) => ({ sms_sent: sms.sent, sms_failed: sms.failed, staff_chat: staffChat ?? null }))
  return new WorkflowResponse(outcome)
})
