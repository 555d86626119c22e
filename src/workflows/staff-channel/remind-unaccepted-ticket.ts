import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendStaffAlertWorkflow } from "../alerts/send-staff-alert"
import { claimReminderStep } from "./steps/claim-reminder"
import { postReminderStep } from "./steps/post-reminder"

/** A paid order nobody took in time: announced again in the staff chat and alerted to the admins (SMS, else the chat), once. */
export const remindUnacceptedTicketWorkflow = createWorkflow("remind-unaccepted-ticket", (input: { ticket_id: string }) => {
  const reminder = claimReminderStep(input)
  const reminded = when("remind-if-still-waiting", { reminder }, ({ reminder }) => !!reminder).then(() => {
    const posted = postReminderStep(transform({ reminder }, ({ reminder }) => reminder!))
    sendStaffAlertWorkflow.runAsStep({
      input: transform({ reminder, posted }, ({ reminder, posted }) => ({
        seller_id: reminder!.seller_id,
        text: posted.text,
        idempotency_key: `staff-reminder:${reminder!.ticket_id}`,
      })),
    })
    return true
  })
  return new WorkflowResponse({ reminded: transform({ reminded }, ({ reminded }) => !!reminded) })
})
