import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendStaffDigestsStep } from "./steps/send-staff-digests"

/** The day's digest, as of `now`, to every staff chat (the send-daily-digest job runs it at REPORTS_DIGEST_HOUR). */
export const sendDailyDigestsWorkflow = createWorkflow("send-daily-digests", (input: { now: string }) => new WorkflowResponse(sendStaffDigestsStep(input)))
