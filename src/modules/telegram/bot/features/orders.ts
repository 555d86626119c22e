import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Composer, InlineKeyboard } from "grammy"
import { sellableProductIds } from "../../../../workflows/storefront/sellers"
import { addToBotCart, type CartItemInput } from "../cart"
import { sellingContext } from "../catalog-queries"
import { type BotContext, languageOf } from "../context"
import { CALLBACK, mainMenuKeyboard } from "../keyboards"
import { formatPrice } from "../money"
import { fulfillmentLine, formatShopDate, orderItemLine, orderItemName } from "../notification-texts"
import { customerOrder, listCustomerOrders, type OrderView } from "../order-queries"
import type { ShownLine } from "../lines"

/** Callback data of this feature; an order id is 32 characters, so each stays far below Telegram's 64 bytes. */
export const ORDERS_CALLBACK = {
  page: (page: number) => `ords:${page}`,
  order: (id: string) => `ord:${id}`,
  reorder: (id: string) => `reord:${id}`,
} as const

const price = (ctx: BotContext, order: OrderView, amount: number) => formatPrice(amount, order.currency_code, languageOf(ctx))

async function ordersPage(ctx: BotContext, page: number): Promise<{ text: string; keyboard: InlineKeyboard } | null> {
  const list = await listCustomerOrders(ctx.container, ctx.shopUser.customer_id, page, languageOf(ctx))
  if (!list.orders.length) return null
  const lines = list.orders.map((order) =>
    ctx.t("orders-line", {
      number: order.display_id,
      date: formatShopDate(order.created_at, languageOf(ctx)),
      status: ctx.t("orders-status", { status: order.stage }),
      total: price(ctx, order, order.total),
    })
  )
  const keyboard = new InlineKeyboard()
  for (const order of list.orders) keyboard.text(ctx.t("orders-button", { number: order.display_id }), ORDERS_CALLBACK.order(order.id)).row()
  if (list.page > 1) keyboard.text(ctx.t("previous-page"), ORDERS_CALLBACK.page(list.page - 1))
  if (list.page < list.pages) keyboard.text(ctx.t("next-page"), ORDERS_CALLBACK.page(list.page + 1))
  return { text: [ctx.t("orders-title", { page: list.page, pages: list.pages }), ...lines].join("\n"), keyboard }
}

/** The first page of the customer's orders as a new message, or a word that there are none yet. */
async function showOrders(ctx: BotContext) {
  const page = await ordersPage(ctx, 1)
  if (!page) return ctx.reply(ctx.t("orders-empty"), { reply_markup: mainMenuKeyboard(ctx) })
  return ctx.reply(page.text, { reply_markup: page.keyboard })
}

function orderDetail(ctx: BotContext, order: OrderView): string {
  const language = languageOf(ctx)
  const lines = [
    ctx.t("orders-detail-title", { number: order.display_id, date: formatShopDate(order.created_at, language) }),
    ctx.t("orders-detail-status", { status: ctx.t("orders-status", { status: order.stage }) }),
    "",
    ...order.items.map((item) => ctx.t("orders-detail-item", { line: orderItemLine(item), total: price(ctx, order, item.total) })),
    "",
    ctx.t("orders-detail-items-total", { total: price(ctx, order, order.item_total) }),
  ]
  if (order.shipping_total) lines.push(ctx.t("orders-detail-shipping", { total: price(ctx, order, order.shipping_total) }))
  if (order.discount_total) lines.push(ctx.t("orders-detail-discount", { total: price(ctx, order, order.discount_total) }))
  lines.push(ctx.t("orders-detail-total", { total: price(ctx, order, order.total) }))
  const when = fulfillmentLine((key, args) => ctx.t(key, args), language, order)
  if (when) lines.push("", when)
  if (order.fulfillment === "delivery" && order.address) lines.push(ctx.t("orders-detail-address", { address: order.address }))
  if (order.cake_message) lines.push(ctx.t("orders-detail-cake-message", { text: order.cake_message }))
  if (order.card_text) lines.push(ctx.t("orders-detail-card-text", { text: order.card_text }))
  return lines.join("\n")
}

/** The order's lines that can be bought again: the variant still exists and its product is for sale in the bot. */
async function stillSold(ctx: BotContext, items: ShownLine[]): Promise<{ sold: ShownLine[]; gone: ShownLine[] }> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = items.flatMap((item) => (item.variant_id ? [item.variant_id] : []))
  const productIds = items.flatMap((item) => (item.product_id ? [item.product_id] : []))
  const { salesChannelId } = await sellingContext(ctx.container)
  const [{ data: variants }, products] = await Promise.all([
    variantIds.length ? query.graph({ entity: "product_variant", fields: ["id"], filters: { id: variantIds } }) : { data: [] },
    sellableProductIds(query, [salesChannelId], productIds),
  ])
  const existing = new Set(variants.map((variant: { id: string }) => variant.id))
  const sellable = new Set(products)
  const isSold = (item: ShownLine) => !!item.variant_id && existing.has(item.variant_id) && !!item.product_id && sellable.has(item.product_id)
  return { sold: items.filter(isSold), gone: items.filter((item) => !isSold(item)) }
}

/** Puts the order's variants and quantities into the chat's cart (through the cart's workflows) and offers the cart. */
async function reorder(ctx: BotContext, order: OrderView) {
  const { sold, gone } = await stillSold(ctx, order.items)
  const skipped = gone.length ? ctx.t("orders-reorder-skipped", { products: gone.map(orderItemName).join(", ") }) : ""
  if (!sold.length) return ctx.reply([ctx.t("orders-reorder-nothing", { number: order.display_id }), skipped].filter(Boolean).join("\n"), { reply_markup: mainMenuKeyboard(ctx) })
  const quantities = new Map<string, number>()
  for (const item of sold) quantities.set(item.variant_id!, (quantities.get(item.variant_id!) ?? 0) + item.quantity)
  const items: CartItemInput[] = [...quantities].map(([variant_id, quantity]) => ({ variant_id, quantity }))
  const outcome = await addToBotCart(ctx, items)
  if (!outcome.ok) return ctx.reply(outcome.text)
  const keyboard = new InlineKeyboard().text(ctx.t("orders-open-cart"), CALLBACK.menu("cart"))
  return ctx.reply([ctx.t("orders-reordered", { number: order.display_id }), skipped].filter(Boolean).join("\n"), { reply_markup: keyboard })
}

/** "My orders": the customer's orders newest first, five a page → an order's detail → order it again. */
export const ordersFeature = new Composer<BotContext>()
ordersFeature.command("orders", showOrders)
ordersFeature.callbackQuery("menu:orders", async (ctx) => {
  await ctx.answerCallbackQuery()
  await showOrders(ctx)
})
ordersFeature.callbackQuery(/^ords:(\d+)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  const page = await ordersPage(ctx, Number(ctx.match[1]))
  if (!page) return ctx.editMessageText(ctx.t("orders-empty"))
  await ctx.editMessageText(page.text, { reply_markup: page.keyboard })
})
ordersFeature.callbackQuery(/^ord:(.+)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  const order = await customerOrder(ctx.container, ctx.shopUser.customer_id, ctx.match[1], languageOf(ctx))
  if (!order) return ctx.reply(ctx.t("orders-not-found"))
  const keyboard = new InlineKeyboard().text(ctx.t("orders-reorder"), ORDERS_CALLBACK.reorder(order.id)).row().text(ctx.t("orders-back"), ORDERS_CALLBACK.page(1))
  await ctx.reply(orderDetail(ctx, order), { reply_markup: keyboard })
})
ordersFeature.callbackQuery(/^reord:(.+)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  const order = await customerOrder(ctx.container, ctx.shopUser.customer_id, ctx.match[1], languageOf(ctx))
  if (!order) return ctx.reply(ctx.t("orders-not-found"))
  await reorder(ctx, order)
})
