import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composeCakeOrderAlertStep } from "./steps/compose-cake-order-alert"
import type { StaffAlertInput } from "./steps/send-alert-sms"
import { sendStaffAlertWorkflow } from "./send-staff-alert"

/**
 * A published ticket whose order holds a cake is texted to the ALERT_SMS_TO numbers (cakes take planning), with the
 * staff chat as the fallback; flowers-only orders alert nobody. A redelivered event sends nothing twice.
 */
export const alertCakeOrderWorkflow = createWorkflow("alert-cake-order", (input: { id: string }) => {
  const alert = composeCakeOrderAlertStep(input)
  const sent = when("cake-order-needs-alert", { alert }, ({ alert }) => alert !== null).then(() =>
    sendStaffAlertWorkflow.runAsStep({ input: alert as StaffAlertInput })
  )
  // null for an order without a cake
  return new WorkflowResponse(transform({ sent }, ({ sent }) => sent ?? null))
})
