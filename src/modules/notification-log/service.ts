import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import { maskRecipient } from "../../lib/mask"

/**
 * The notification channel of last resort: where no real channel (Telegram, SMS) is configured, a notification is
 * recorded by Medusa's Notification module and this provider logs one line of it. Unlike Medusa's local provider it
 * never logs the data (payment links, names) and masks the recipient.
 */
export default class LogNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-log"

  protected readonly logger_: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger_ = logger
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const recipient = notification.to ? maskRecipient(notification.to) : "(admin feed)"
    this.logger_.info(`notification ${notification.template} on ${notification.channel} to ${recipient}`)
    return {}
  }
}
