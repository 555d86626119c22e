import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { Composer } from "grammy"
import { dayOf } from "../../../reports/days"
import { INVENTORY_LEDGER_MODULE } from "../../../inventory-ledger"
import type InventoryLedgerModuleService from "../../../inventory-ledger/service"
import { STAFF_CHANNEL_MODULE } from "../../../staff-channel"
import { staffLanguage, type Translator } from "../../../staff-channel/posts/ticket-post"
import type StaffChannelModuleService from "../../../staff-channel/service"
import { liveDayRows } from "../../../../workflows/reports/report-rows"
import type { BotContext } from "../context"
import { SHOP_TIME_ZONE } from "../dates"
import type { BotLanguage } from "../languages"
import { formatPrice } from "../money"
import { isMember } from "./staff"

/** Tickets still in the kitchen's hands. */
const OPEN_TICKET_STATUSES = ["NEW", "ACCEPTED", "PREPARING", "READY", "OUT_FOR_DELIVERY"]

/**
 * A seller's day so far, in the staff chat's language: orders placed today (Tashkent) and their total per currency,
 * tickets not yet handed over, and the stock under its low-stock line (the ledger keeps stock for the whole shop).
 */
export async function staffDigestText(container: Pick<MedusaContainer, "resolve">, i18n: Translator, sellerId: string, language: BotLanguage, now: Date): Promise<string> {
  const today = dayOf(now, SHOP_TIME_ZONE)
  const [{ sales }, open, low] = await Promise.all([
    liveDayRows(container, today, today, SHOP_TIME_ZONE),
    container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).listProductionTickets({ seller_id: sellerId, status: OPEN_TICKET_STATUSES }, { select: ["id"], take: null }),
    container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).listStockThresholds({ below_since: { $ne: null } }, { select: ["id"], take: null }),
  ])
  const perCurrency = new Map<string, { orders: number; total: number }>()
  for (const row of sales.filter((sale) => sale.seller_id === sellerId)) {
    const sum = perCurrency.get(row.currency_code) ?? { orders: 0, total: 0 }
    perCurrency.set(row.currency_code, { orders: sum.orders + row.orders, total: MathBN.add(sum.total, row.total).toNumber() })
  }
  const salesLines = [...perCurrency.entries()]
    .filter(([, sum]) => sum.orders > 0)
    .map(([currency, sum]) => i18n.t(language, "report-sales-line", { orders: sum.orders, total: formatPrice(sum.total, currency, language) }))
  return [
    i18n.t(language, "report-title", { date: today }),
    ...(salesLines.length ? salesLines : [i18n.t(language, "report-no-sales")]),
    i18n.t(language, "report-open-tickets", { count: open.length }),
    i18n.t(language, "report-low-stock", { count: low.length }),
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
