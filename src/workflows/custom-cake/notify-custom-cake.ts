import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomCakeEvent } from "../../modules/custom-cake/events"
import { customCakeNotificationsStep } from "./steps/custom-cake-notifications"

/** Tells the customer (and, for new and paid requests, the staff feed) what happened to a custom cake request. */
export const notifyCustomCakeWorkflow = createWorkflow("notify-custom-cake", (input: { id: string; event: CustomCakeEvent }) => {
  const notifications = customCakeNotificationsStep(input)
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
