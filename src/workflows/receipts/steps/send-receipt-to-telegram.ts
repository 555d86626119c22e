import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { InputFile } from "grammy"
import { RECEIPT_MODULE } from "../../../modules/receipt"
import type ReceiptModuleService from "../../../modules/receipt/service"
import { DEFAULT_LANGUAGE, isBotLanguage } from "../../../modules/telegram/bot/languages"
import { outboundTelegramApi } from "../../../modules/telegram/outbound-api"
import { telegramChatOf } from "../../telegram/telegram-chat-of"
import type { ReceiptContent } from "../receipt-document"
import { formatReceiptNumber } from "../receipt-number"
import { receiptFileName } from "../receipt-lock"
import { RECEIPT_TEXTS } from "../receipt-texts"

export type SentReceipt = { chat_id: string; message_id: number }

/**
 * Sends the PDF to the customer's chat with the bot as a document, captioned in the receipt's language, once: the
 * receipt remembers the message. Nothing when the bot is off, the customer has no chat or blocked the bot; a failed
 * send is logged and tried again by the next run (a redelivered event, a regeneration), never compensated.
 */
export const sendReceiptToTelegramStep = createStep(
  "send-receipt-to-telegram",
  async ({ receipt_id, content }: { receipt_id: string | null; content: ReceiptContent | null }, { container }) => {
    const none = new StepResponse<SentReceipt | null>(null)
    if (!receipt_id || !content?.customer_id) return none
    const receipts = container.resolve<ReceiptModuleService>(RECEIPT_MODULE)
    const receipt = await receipts.retrieveReceipt(receipt_id)
    const api = outboundTelegramApi()
    const chat = !receipt.sent_to_telegram_at && receipt.file_id && api ? await telegramChatOf(container, content.customer_id) : null
    if (!chat || !api || !receipt.file_id) return none
    const number = formatReceiptNumber(receipt.number)
    const language = isBotLanguage(receipt.language) ? receipt.language : DEFAULT_LANGUAGE
    try {
      const pdf = await container.resolve(Modules.FILE).getAsBuffer(receipt.file_id)
      const caption = RECEIPT_TEXTS[language].caption(number, content.display_id)
      const sent = await api.sendDocument(chat.chat_id, new InputFile(pdf, receiptFileName(number)), { caption })
      await receipts.updateReceipts({ id: receipt.id, sent_to_telegram_at: new Date(), telegram_chat_id: chat.chat_id, telegram_message_id: sent.message_id })
      return new StepResponse<SentReceipt | null>({ chat_id: chat.chat_id, message_id: sent.message_id })
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`receipts: sending receipt ${number} to Telegram failed: ${(error as Error).message}`)
      return none
    }
  }
)
