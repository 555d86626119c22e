import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { createBakerApplicationStep, type CreateBakerApplicationInput } from "./steps/create-baker-application"
import { recordApplicationStatusStep } from "./steps/record-application-status"
import { validateApplicationTargetStep } from "./steps/validate-application-target"

export type SubmitBakerApplicationWorkflowInput = CreateBakerApplicationInput

/**
 * Files a pending application to sell through Dasturxon, with a new bakery or by joining an active one, and returns
 * the withdraw token the applicant must keep (it is not stored and cannot be shown again).
 */
export const submitBakerApplicationWorkflow = createWorkflow(
  "submit-baker-application",
  (input: SubmitBakerApplicationWorkflowInput) => {
    validateApplicationTargetStep(input)
    const { application, withdraw_token } = createBakerApplicationStep(input)
    recordApplicationStatusStep({
      application_id: application.id,
      from_status: null,
      to_status: "pending",
      actor_type: "applicant",
    })
    const event = transform({ application }, ({ application }) => ({ id: application.id }))
    emitEventStep({ eventName: BakeryEvents.APPLICATION_SUBMITTED, data: event })
    return new WorkflowResponse({ baker_application: application, withdraw_token })
  }
)
