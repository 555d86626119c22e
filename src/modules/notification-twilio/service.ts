import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type twilio from "twilio"
import { maskRecipient } from "../../lib/mask"
import { withRetries, type RetryPolicy } from "./retry"
import type { TwilioSmsOptions } from "./settings"
import { describeTwilioFailure, isTransientTwilioFailure, twilioClient } from "./twilio-client"

/** No wait between tries is longer than this, whatever the first delay. */
const MAX_RETRY_DELAY_MS = 30_000

/**
 * Channel `sms`: `content.text` to the E.164 number in `to`, through Twilio's Messages API. Rate limits (429),
 * Twilio's 5xx and requests that got no answer are tried again after 1, 2, 4 … × `retryDelayMs`, up to `maxAttempts`
 * tries; then, or at once for any other refusal, send fails and Medusa records the notification as failed.
 */
export default class TwilioSmsNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-twilio"

  protected readonly logger_: Logger
  protected readonly client_: twilio.Twilio
  protected readonly sender_: { from: string } | { messagingServiceSid: string }
  protected readonly retryPolicy_: RetryPolicy

  static validateOptions(options: Record<string, unknown>) {
    const missing = ["accountSid", "authToken"].filter((key) => !options[key])
    if (!options.from && !options.messagingServiceSid) missing.push("from or messagingServiceSid")
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The twilio-sms notification provider needs ${missing.join(", ")} (see TWILIO_* in .env.template).`)
    }
  }

  constructor({ logger }: { logger: Logger }, options: TwilioSmsOptions) {
    super()
    this.logger_ = logger
    this.client_ = twilioClient(options.accountSid, options.authToken, options.apiBaseUrl)
    // a messaging service picks the sender from its pool, so it wins over a fixed number
    this.sender_ = options.messagingServiceSid ? { messagingServiceSid: options.messagingServiceSid } : { from: options.from as string }
    this.retryPolicy_ = { maxAttempts: options.maxAttempts, firstDelayMs: options.retryDelayMs, maxDelayMs: MAX_RETRY_DELAY_MS }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const body = notification.content?.text
    const recipient = maskRecipient(notification.to)
    if (!body) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `An SMS to ${recipient} needs content.text; the sms channel has no templates.`)
    }
    const { maxAttempts } = this.retryPolicy_
    try {
      const message = await withRetries(() => this.client_.messages.create({ to: notification.to, body, ...this.sender_ }), this.retryPolicy_, {
        isTransient: isTransientTwilioFailure,
        onRetry: (error, attempt, delayMs) =>
          this.logger_.warn(`twilio-sms: try ${attempt}/${maxAttempts} to ${recipient} failed (${describeTwilioFailure(error)}); next in ${delayMs} ms`),
      })
      return { id: message.sid }
    } catch (error) {
      const why = describeTwilioFailure(error)
      this.logger_.error(`twilio-sms: SMS to ${recipient} not sent: ${why}`)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `SMS to ${recipient} not sent: ${why}`)
    }
  }
}
