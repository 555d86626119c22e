import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import TelegramModule from "../modules/telegram"

/** The customer a Telegram user shops as. Read-only: the Telegram user keeps the id. */
export default defineLink(
  { linkable: TelegramModule.linkable.telegramUser, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
