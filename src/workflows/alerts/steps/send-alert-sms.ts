import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"
import { maskRecipient } from "../../../lib/mask"
import { twilioSmsOptions } from "../../../modules/notification-twilio/settings"
import { byKey, deliverOnce } from "./deliver-once"

export type StaffAlertInput = {
  /** Whose staff chat gets the alert when SMS cannot deliver it: "store" or a bakery id. */
  seller_id: string
  text: string
  /** Names the alert; each SMS and the staff chat post are keyed by it, so running it again sends nothing twice. */
  idempotency_key: string
}

export type AlertSmsOutcome = {
  /** The ALERT_SMS_TO numbers (masked) the SMS reached, or is on its way to. */
  sent: string[]
  /** The numbers (masked) it could not reach. */
  failed: string[]
  /** Whether the staff chat should have the alert instead: Twilio off, or an SMS failed for good. */
  needs_staff_chat: boolean
}

export const smsKeyOf = (alertKey: string, phone: string) => `${alertKey}:sms:${phone}`
export const staffChatKeyOf = (alertKey: string) => `${alertKey}:staff-chat`

/**
 * The alert by SMS to each ALERT_SMS_TO number (none set: no alert at all). Nothing is sent again once the staff chat
 * had this alert, so a redelivered event does not text people about an alert already handled. Not compensated: a sent
 * SMS cannot be taken back (Medusa's sendNotificationsStep has no compensation either).
 */
export const sendAlertSmsStep = createStep("send-alert-sms", async (input: StaffAlertInput, { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const env = readEnv()
  const phones = env.ALERT_SMS_TO
  const outcome: AlertSmsOutcome = { sent: [], failed: [], needs_staff_chat: false }
  if (!phones.length) return new StepResponse(outcome)
  const [posted] = await notifications.listNotifications(byKey(staffChatKeyOf(input.idempotency_key), "success"), { select: ["id"] })
  if (posted) return new StepResponse(outcome)
  if (!twilioSmsOptions(env)) {
    logger.warn(`staff alert ${input.idempotency_key}: SMS is off (Twilio not configured); the alert goes to the staff chat`)
    return new StepResponse({ ...outcome, failed: phones.map(maskRecipient), needs_staff_chat: true })
  }
  for (const phone of phones) {
    const sent = await deliverOnce(notifications, {
      to: phone,
      channel: "sms",
      template: "staff-alert",
      content: { text: input.text },
      trigger_type: "staff-alert",
      idempotency_key: smsKeyOf(input.idempotency_key, phone),
    })
    ;(sent ? outcome.sent : outcome.failed).push(maskRecipient(phone))
  }
  if (outcome.failed.length) {
    logger.error(`staff alert ${input.idempotency_key}: SMS to ${outcome.failed.join(", ")} failed; the alert goes to the staff chat`)
  }
  return new StepResponse({ ...outcome, needs_staff_chat: outcome.failed.length > 0 })
})
