import { shopInstant } from "../../src/modules/scheduling/slots"
import { benchId, between, bulkInsert, chance, raw, weightedPick, type Random, type Row, type Sql } from "./bulk"
import type { BenchCatalog, BenchVariant } from "./catalog"

export const BENCH_TZ = "Asia/Tashkent"
export const BENCH_MARK = { bench: "reports" }

export type Provider = "pp_payme_payme" | "pp_click_click" | "pp_telegram_telegram" | "pp_stripe_stripe" | "none"
type Currency = "uzs" | "usd"

/** What the other generators and the hand check need of an order (amounts in hundredths). */
export type BenchOrder = {
  id: string
  display_id: number
  date: string
  created_at: Date
  seller_id: string
  currency: Currency
  provider: Provider
  channel: "Telegram" | "Web"
  canceled: boolean
  delivery: boolean
  gross: number
  discount: number
  total: number
  refund: number
  payment_collection_id: string | null
  payment_session_id: string | null
  /** `off`: the line's discount; `total` = subtotal − off. */
  lines: { variant: BenchVariant; quantity: number; subtotal: number; off: number; total: number }[]
}

const money = (cents: number) => String(cents / 100)

const midnights = new Map<string, number>()
/** 00:00 of a date in the bench's zone, remembered (shopInstant builds an Intl formatter on every call). */
export function midnightOf(date: string): number {
  if (!midnights.has(date)) midnights.set(date, shopInstant(date, "00:00", BENCH_TZ).getTime())
  return midnights.get(date)!
}

/** Orders per day: weekends busier, a slow January and a busy March (8 March) and December, summing exactly to `total`. */
function ordersPerDay(dates: string[], total: number, random: Random): number[] {
  const weights = dates.map((date) => {
    const day = new Date(`${date}T12:00:00Z`)
    const weekend = [0, 6].includes(day.getUTCDay()) ? 1.35 : 1
    const month = day.getUTCMonth()
    const season = month === 0 ? 0.75 : month === 2 || month === 11 ? 1.3 : 1
    return weekend * season * (0.85 + random() * 0.3)
  })
  const sum = weights.reduce((a, b) => a + b, 0)
  const counts = weights.map((weight) => Math.floor((weight / sum) * total))
  for (let left = total - counts.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++) counts[i % counts.length]++
  return counts
}

/** Seconds after local midnight: mostly 9:00–22:00, a few in the last and first minutes of the day (the day edges). */
function timeOfDay(random: Random): number {
  if (chance(random, 0.01)) return 23 * 3600 + 50 * 60 + between(random, 0, 599)
  if (chance(random, 0.005)) return between(random, 0, 599)
  return between(random, 9 * 3600, 22 * 3600)
}

function drawOrder(random: Random, catalog: BenchCatalog, date: string, displayId: number, isToday: boolean): BenchOrder | null {
  const seller_id = weightedPick(random, catalog.sellers.map((seller) => [seller, seller === "store" ? 34 : 33] as const))
  const offered = catalog.variants.filter((variant) => variant.seller_id === seller_id)
  const currency: Currency = chance(random, 0.08) ? "usd" : "uzs"
  const provider: Provider =
    currency === "usd"
      ? chance(random, 0.95) ? "pp_stripe_stripe" : "none"
      : weightedPick(random, [["pp_payme_payme", 38], ["pp_click_click", 32], ["pp_telegram_telegram", 22], ["pp_stripe_stripe", 4], ["none", 4]] as const)
  const channel = provider === "pp_telegram_telegram" || chance(random, 0.55) ? "Telegram" : "Web"
  const created_at = new Date(midnightOf(date) + timeOfDay(random) * 1000)
  if (isToday && created_at.getTime() > Date.now()) return null
  const picked = new Set<BenchVariant>()
  for (let n = between(random, 1, 3); picked.size < Math.min(n, offered.length); ) picked.add(offered[Math.floor(random() * offered.length)])
  const discounted = chance(random, 0.15)
  const lines = [...picked].map((variant, index) => {
    const quantity = chance(random, 0.85) ? 1 : between(random, 2, 4)
    const subtotal = variant.price_cents[currency] * quantity
    // 10 % off the first line, rounded to whole sums (UZS) or cents (USD)
    const off = discounted && index === 0 ? (currency === "uzs" ? Math.round(subtotal / 1000) * 100 : Math.round(subtotal / 10)) : 0
    return { variant, quantity, subtotal, off, total: subtotal - off }
  })
  const delivery = chance(random, 0.45)
  const shipping = delivery ? (currency === "uzs" ? 2_000_000 : 300) : 0
  const gross = lines.reduce((sum, line) => sum + line.subtotal, 0) + shipping
  const discount = lines.reduce((sum, line) => sum + line.off, 0)
  const total = gross - discount
  const canceled = chance(random, 0.04)
  const refund = !canceled && provider !== "none" && chance(random, 0.03) ? (chance(random, 0.35) ? total : Math.round(total / 200) * 100) : 0
  return {
    id: benchId("order"),
    display_id: displayId,
    date,
    created_at,
    seller_id,
    currency,
    provider,
    channel,
    canceled,
    delivery,
    gross,
    discount,
    total,
    refund,
    payment_collection_id: provider === "none" ? null : benchId("pay_col"),
    payment_session_id: provider === "none" ? null : benchId("payses"),
    lines,
  }
}

/** The rows of Medusa's order, payment and link tables one order needs for query.graph to compute its totals. */
function orderRows(order: BenchOrder, catalog: BenchCatalog, today: string): Record<string, Row[]> {
  const at = order.created_at.toISOString()
  const stamps = { created_at: at, updated_at: at }
  const rows: Record<string, Row[]> = {}
  const add = (table: string, row: Row) => (rows[table] ??= []).push(row)
  add("order", {
    id: order.id,
    display_id: order.display_id,
    region_id: catalog.regions[order.currency],
    version: 1,
    sales_channel_id: order.channel === "Telegram" ? catalog.channels.telegram : catalog.channels.web,
    status: order.canceled ? "canceled" : order.date < today ? "completed" : "pending",
    is_draft_order: false,
    email: `bench-${order.display_id}@dasturxon.local`,
    currency_code: order.currency,
    metadata: BENCH_MARK,
    canceled_at: order.canceled ? at : null,
    ...stamps,
  })
  const paid = order.provider === "none" || order.canceled ? 0 : order.total
  add("order_summary", {
    id: benchId("ordsum"),
    order_id: order.id,
    version: 1,
    totals: { paid_total: money(paid), raw_paid_total: raw(money(paid)), refunded_total: money(order.refund), raw_refunded_total: raw(money(order.refund)), transaction_total: money(paid - order.refund), raw_transaction_total: raw(money(paid - order.refund)), current_order_total: money(order.total), raw_current_order_total: raw(money(order.total)), original_order_total: money(order.total), raw_original_order_total: raw(money(order.total)), pending_difference: money(order.total - paid + order.refund), raw_pending_difference: raw(money(order.total - paid + order.refund)) },
    ...stamps,
  })
  for (const line of order.lines) {
    const itemId = benchId("ordli")
    add("order_line_item", {
      id: itemId,
      title: `${line.variant.product_title} ${line.variant.title}`,
      variant_id: line.variant.id,
      product_id: line.variant.product_id,
      product_title: line.variant.product_title,
      product_type: line.variant.product_type,
      variant_title: line.variant.title,
      requires_shipping: true,
      is_discountable: true,
      is_tax_inclusive: false,
      is_custom_price: false,
      is_giftcard: false,
      unit_price: money(line.variant.price_cents[order.currency]),
      raw_unit_price: raw(money(line.variant.price_cents[order.currency])),
      metadata: BENCH_MARK,
      ...stamps,
    })
    const zero = raw(0)
    add("order_item", {
      id: benchId("orditem"),
      order_id: order.id,
      version: 1,
      item_id: itemId,
      quantity: line.quantity,
      raw_quantity: raw(line.quantity),
      fulfilled_quantity: 0,
      raw_fulfilled_quantity: zero,
      shipped_quantity: 0,
      raw_shipped_quantity: zero,
      delivered_quantity: 0,
      raw_delivered_quantity: zero,
      return_requested_quantity: 0,
      raw_return_requested_quantity: zero,
      return_received_quantity: 0,
      raw_return_received_quantity: zero,
      return_dismissed_quantity: 0,
      raw_return_dismissed_quantity: zero,
      written_off_quantity: 0,
      raw_written_off_quantity: zero,
      ...stamps,
    })
    if (line.off) {
      add("order_line_item_adjustment", { id: benchId("ordliadj"), item_id: itemId, code: "BENCH10", description: "10% off", amount: money(line.off), raw_amount: raw(money(line.off)), is_tax_inclusive: false, version: 1, ...stamps })
    }
  }
  const methodId = benchId("ordsm")
  const shipping = order.delivery ? (order.currency === "uzs" ? 2_000_000 : 300) : 0
  add("order_shipping_method", { id: methodId, name: order.delivery ? "Courier" : "Pickup", amount: money(shipping), raw_amount: raw(money(shipping)), is_tax_inclusive: false, is_custom_amount: false, ...stamps })
  add("order_shipping", { id: benchId("ordspmv"), order_id: order.id, version: 1, shipping_method_id: methodId, ...stamps })
  if (order.seller_id !== "store") add("bakery_bakery_order_order", { id: benchId("link"), bakery_id: order.seller_id, order_id: order.id, ...stamps })
  if (order.payment_collection_id && order.payment_session_id) {
    const amount = money(order.total)
    add("payment_collection", {
      id: order.payment_collection_id,
      currency_code: order.currency,
      amount,
      raw_amount: raw(amount),
      authorized_amount: order.canceled ? null : amount,
      raw_authorized_amount: order.canceled ? null : raw(amount),
      captured_amount: order.canceled ? null : amount,
      raw_captured_amount: order.canceled ? null : raw(amount),
      refunded_amount: money(order.refund),
      raw_refunded_amount: raw(money(order.refund)),
      status: order.canceled ? "canceled" : "completed",
      completed_at: order.canceled ? null : at,
      metadata: BENCH_MARK,
      ...stamps,
    })
    add("order_payment_collection", { id: benchId("ordpay"), order_id: order.id, payment_collection_id: order.payment_collection_id, ...stamps })
    add("payment_session", { id: order.payment_session_id, currency_code: order.currency, amount, raw_amount: raw(amount), provider_id: order.provider, payment_collection_id: order.payment_collection_id, data: {}, status: "authorized", authorized_at: at, ...stamps })
    const paymentId = benchId("pay")
    add("payment", {
      id: paymentId,
      amount,
      raw_amount: raw(amount),
      currency_code: order.currency,
      provider_id: order.provider,
      payment_collection_id: order.payment_collection_id,
      payment_session_id: order.payment_session_id,
      data: {},
      captured_at: order.canceled ? null : at,
      canceled_at: order.canceled ? at : null,
      ...stamps,
    })
    if (order.refund) add("refund", { id: benchId("ref"), payment_id: paymentId, amount: money(order.refund), raw_amount: raw(money(order.refund)), note: "bench refund", ...stamps })
  }
  return rows
}

/** The days `count` days back to `today` (both included), in the bench's time zone. */
export function benchDays(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, back) => new Date(Date.parse(`${today}T12:00:00Z`) - (count - 1 - back) * 86_400_000).toISOString().slice(0, 10))
}

/** Draws `total` orders over `dates` (today's only up to now) and inserts them with SQL; returns what was drawn. */
export async function generateOrders(sql: Sql, catalog: BenchCatalog, dates: string[], total: number, random: Random): Promise<BenchOrder[]> {
  const [{ next }] = (await sql.raw(`SELECT COALESCE(MAX(display_id), 0) + 1 AS next FROM "order"`)).rows
  let displayId = Number(next)
  const today = dates[dates.length - 1]
  const orders: BenchOrder[] = []
  ordersPerDay(dates, total, random).forEach((count, index) => {
    for (let n = 0; n < count; n++) {
      const order = drawOrder(random, catalog, dates[index], displayId, dates[index] === today)
      if (order) (orders.push(order), displayId++)
    }
  })
  orders.sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
  const tables: Record<string, Row[]> = {}
  for (const order of orders) for (const [table, rows] of Object.entries(orderRows(order, catalog, today))) (tables[table] ??= []).push(...rows)
  for (const table of ["order", "order_summary", "order_line_item", "order_item", "order_line_item_adjustment", "order_shipping_method", "order_shipping", "bakery_bakery_order_order", "payment_collection", "order_payment_collection", "payment_session", "payment", "refund"]) {
    await bulkInsert(sql, table, tables[table] ?? [])
  }
  await sql.raw(`SELECT setval('order_display_id_seq', (SELECT MAX(display_id) FROM "order"))`)
  return orders
}
