import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { autoRetry } from "@grammyjs/auto-retry"
import type { I18n } from "@grammyjs/i18n"
import { Api } from "grammy"
import { sharedBotI18n } from "../telegram/bot/i18n"
import { notificationText, paymentLinkKeyboard } from "../telegram/bot/notification-texts"

export type TelegramNotificationOptions = { botToken: string; apiRoot?: string }

/**
 * Channel `telegram`: a notification to a chat id, written from its template in the customer's language (the bot's
 * Fluent files) with payment links as buttons, or from `content.text` when the caller wrote it. Telegram's 429 and
 * 5xx answers are retried with the wait Telegram asks for; Medusa's idempotency keys keep one message per event.
 */
export default class TelegramNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-telegram"

  protected readonly api: Api
  protected readonly i18n: I18n
  static validateOptions(options: Record<string, unknown>) {
    if (!options.botToken) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The telegram notification provider needs botToken (TELEGRAM_BOT_TOKEN).")
  }

  constructor(_cradle: Record<string, unknown>, options: TelegramNotificationOptions) {
    super()
    this.api = new Api(options.botToken, options.apiRoot ? { apiRoot: options.apiRoot } : undefined)
    this.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 30 }))
    this.i18n = sharedBotI18n()
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const data = notification.data ?? {}
    const text = notification.content?.text ?? notificationText(this.i18n, notification.template, data)
    const sent = await this.api.sendMessage(notification.to, text, { reply_markup: paymentLinkKeyboard(this.i18n, data) })
    return { id: `${sent.chat.id}:${sent.message_id}` }
  }
}
