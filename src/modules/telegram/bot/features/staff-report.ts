import type { MedusaContainer } from "@medusajs/framework/types"
import { Composer } from "grammy"
import { STAFF_CHANNEL_MODULE } from "../../../staff-channel"
import { staffLanguage, type Translator } from "../../../staff-channel/posts/ticket-post"
import type StaffChannelModuleService from "../../../staff-channel/service"
import { todayFigures } from "../../../../workflows/reports/today-figures"
import type { BotContext } from "../context"
import { SHOP_TIME_ZONE } from "../dates"
import type { BotLanguage } from "../languages"
import { formatPrice } from "../money"
import { isMember } from "./staff"

/**
 * A seller's day so far, in the staff chat's language: orders placed today (Tashkent) and their total per currency,
 * tickets not yet handed over, and the stock under its low-stock line (the ledger keeps stock for the whole shop).
 */
export async function staffDigestText(container: Pick<MedusaContainer, "resolve">, i18n: Translator, sellerId: string, language: BotLanguage, now: Date): Promise<string> {
  const today = await todayFigures(container, { seller: sellerId, tz: SHOP_TIME_ZONE, now })
  const salesLines = today.sales.map((row) => i18n.t(language, "report-sales-line", { orders: row.orders, total: formatPrice(row.total, row.currency_code, language) }))
  return [
    i18n.t(language, "report-title", { date: today.date }),
    ...(salesLines.length ? salesLines : [i18n.t(language, "report-no-sales")]),
    i18n.t(language, "report-open-tickets", { count: today.open_tickets }),
    i18n.t(language, "report-low-stock", { count: today.low_stock }),
  ].join("\n")
}

/**
 * /report in a staff chat: the day's digest, for members of that chat only (Telegram is asked). In other groups the
 * bot stays silent; registered before the staff feature, which swallows everything else from groups.
 */
export function staffReportFeature(i18n: Translator) {
  const composer = new Composer<BotContext>()
  composer.chatType(["group", "supergroup"]).command("report", async (ctx) => {
    const chatId = String(ctx.chat.id)
    const [staffChat] = await ctx.container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).listStaffChats({ staff_chat_id: chatId })
    if (!staffChat) return
    const language = staffLanguage(staffChat.language)
    if (!(await isMember(ctx, chatId))) return ctx.reply(i18n.t(language, "report-not-member"))
    await ctx.reply(await staffDigestText(ctx.container, i18n, staffChat.seller_id, language, new Date()))
  })
  return composer
}
