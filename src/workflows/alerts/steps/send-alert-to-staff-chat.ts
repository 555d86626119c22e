import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import { deliverOnce } from "./deliver-once"
import { staffChatKeyOf, type StaffAlertInput } from "./send-alert-sms"

export type StaffChatOutcome = "sent" | "failed" | "no_staff_chat"

/**
 * The alert as a message in the seller's staff chat (the `telegram` notification channel, `content.text`), once per
 * alert. Failures are logged, not thrown: the alert is best effort and the ticket itself is on the kitchen board.
 */
export const sendAlertToStaffChatStep = createStep("send-alert-to-staff-chat", async (input: StaffAlertInput, { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
  const [chat] = await staff.listStaffChats({ seller_id: input.seller_id }, { select: ["staff_chat_id"] })
  if (!chat) {
    logger.error(`staff alert ${input.idempotency_key}: seller ${input.seller_id} has no staff chat; the alert reached nobody`)
    return new StepResponse<StaffChatOutcome>("no_staff_chat")
  }
  const sent = await deliverOnce(container.resolve(Modules.NOTIFICATION), {
    to: chat.staff_chat_id,
    channel: "telegram",
    template: "staff-alert",
    content: { text: input.text },
    trigger_type: "staff-alert",
    idempotency_key: staffChatKeyOf(input.idempotency_key),
  })
  if (!sent) logger.error(`staff alert ${input.idempotency_key}: the staff chat of seller ${input.seller_id} did not get it either`)
  return new StepResponse<StaffChatOutcome>(sent ? "sent" : "failed")
})
