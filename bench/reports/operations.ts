import { generateCakeSamples } from "../../src/modules/cake-pricing/domain/synthetic"
import { weekdayOf } from "../../src/modules/scheduling/slots"
import { benchId, between, bulkInsert, chance, raw, weightedPick, type Random, type Row, type Sql } from "./bulk"
import type { BenchCatalog } from "./catalog"
import { midnightOf, type BenchOrder } from "./orders"

const iso = (at: Date | number) => new Date(at).toISOString()
const stamps = (at: Date | number) => ({ created_at: iso(at), updated_at: iso(at) })
const MINUTE = 60_000

/** One kitchen ticket per paid order: accepted after a few minutes (some late, a few never, then cancelled). */
function ticketRows(orders: BenchOrder[], random: Random): Row[] {
  return orders
    .filter((order) => !order.canceled)
    .map((order) => {
      const paidAt = order.created_at.getTime() + 30_000
      const never = chance(random, 0.01)
      // log-normal wait around 4 minutes; about 5 % beyond the 15-minute promise
      const seconds = Math.round(Math.exp(Math.log(240) + 0.8 * Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random())))
      return {
        id: benchId("ptk"),
        order_id: order.id,
        display_id: order.display_id,
        seller_id: order.seller_id,
        status: never ? "CANCELLED" : order.delivery ? "DELIVERED" : "PICKED_UP",
        fulfillment: order.delivery ? "DELIVERY" : "PICKUP",
        has_cake: order.lines.some((line) => /cm/.test(line.variant.title)),
        paid_at: iso(paidAt),
        accepted_at: never ? null : iso(paidAt + seconds * 1000),
        seconds_to_accept: never ? null : seconds,
        accepted_by_name: never ? null : "Bench baker",
        cancel_reason: never ? "bench: never taken" : null,
        ...stamps(paidAt),
      }
    })
}

/**
 * The stock ledger over the year: each morning an INCOMING top-up of every item sold that day, a SALE per order line
 * (when the kitchen took it), a LOSS now and then in the evening, and a CORRECTION on some days (some within a week of
 * a write-off). Quantities before/after follow one running level per item.
 */
function movementRows(orders: BenchOrder[], catalog: BenchCatalog, dates: string[], random: Random): Row[] {
  const level = new Map<string, number>()
  const rows: Row[] = []
  const move = (itemId: string, reason: string, quantity: number, at: number) => {
    const before = level.get(itemId) ?? 20
    level.set(itemId, before + quantity)
    rows.push({ id: benchId("stmv"), inventory_item_id: itemId, location_id: catalog.locationId, reason, quantity, quantity_before: before, quantity_after: before + quantity, actor_type: reason === "SALE" ? "system" : "user", note: "bench", ...stamps(at) })
  }
  const byDate = new Map<string, BenchOrder[]>()
  for (const order of orders) if (!order.canceled) byDate.set(order.date, [...(byDate.get(order.date) ?? []), order])
  const items = [...new Set(catalog.variants.flatMap((variant) => (variant.inventory_item_id ? [variant.inventory_item_id] : [])))]
  for (const date of dates) {
    const midnight = midnightOf(date)
    const sales = (byDate.get(date) ?? []).flatMap((order) => order.lines.filter((line) => line.variant.inventory_item_id).map((line) => ({ item: line.variant.inventory_item_id!, quantity: line.quantity, at: order.created_at.getTime() + 5 * MINUTE })))
    const soldToday = new Map<string, number>()
    for (const sale of sales) soldToday.set(sale.item, (soldToday.get(sale.item) ?? 0) + sale.quantity)
    for (const item of items) {
      const need = (soldToday.get(item) ?? 0) + between(random, 2, 6) - (level.get(item) ?? 20)
      if (need > 0) move(item, "INCOMING", need, midnight + 7 * 60 * MINUTE + between(random, 0, 59) * MINUTE)
    }
    for (const sale of sales.sort((a, b) => a.at - b.at)) move(sale.item, "SALE", -sale.quantity, sale.at)
    for (const item of items) {
      if (chance(random, 0.06)) move(item, "LOSS", -between(random, 1, 2), midnight + 22 * 60 * MINUTE + between(random, 0, 59) * MINUTE)
      if (chance(random, 0.01)) move(item, "CORRECTION", chance(random, 0.5) ? 1 : -1, midnight + 21 * 60 * MINUTE + between(random, 0, 59) * MINUTE)
    }
  }
  return rows.filter((row) => Date.parse(String(row.created_at)) <= Date.now())
}

/**
 * Gateway attempts of the Payme and Click orders: the paying attempt (Payme state 2, −2 when refunded; Click COMPLETED),
 * and before some of them a failed one (Payme −1, Click CANCELLED; now and then REVERSED).
 */
function gatewayRows(orders: BenchOrder[], random: Random): { payme: Row[]; click: Row[] } {
  const payme: Row[] = []
  const click: Row[] = []
  let clickId = 7_000_000_000
  for (const order of orders) {
    if (!order.payment_collection_id || !order.payment_session_id) continue
    const paidAt = order.created_at.getTime() - 20_000
    const tiyin = order.total // hundredths of a sum are tiyin
    // the seller as the gateway steps record it: the order's bakery, or the store
    const common = { payment_session_id: order.payment_session_id, payment_collection_id: order.payment_collection_id, seller_id: order.seller_id, amount_tiyin: tiyin, raw_amount_tiyin: raw(tiyin) }
    if (order.provider === "pp_payme_payme") {
      const attempt = (state: number, at: number) =>
        payme.push({ id: benchId("pmtx"), payme_id: benchId("").slice(-24), payme_time: iso(at), account: { payment_session_id: order.payment_session_id }, state, reason: state < 0 ? (state === -1 ? 4 : 5) : null, create_time: iso(at), perform_time: state === 2 || state === -2 ? iso(at + 5_000) : null, cancel_time: state < 0 ? iso(at + 60_000) : null, ...common, ...stamps(at) })
      if (chance(random, 0.02)) attempt(-1, paidAt - 10 * MINUTE)
      if (!order.canceled) attempt(order.refund ? -2 : 2, paidAt)
    }
    if (order.provider === "pp_click_click") {
      const attempt = (status: string, at: number) =>
        click.push({ id: benchId("cltx"), click_trans_id: String(clickId++), click_paydoc_id: String(clickId), amount: (tiyin / 100).toFixed(2), status, click_error: status === "CANCELLED" ? -9 : null, cancel_reason: status === "CANCELLED" ? "CLICK_CANCELLED" : null, prepared_at: iso(at), completed_at: status === "COMPLETED" ? iso(at + 5_000) : null, cancelled_at: status === "CANCELLED" ? iso(at + 60_000) : null, reversed_at: status === "REVERSED" ? iso(at + 60_000) : null, ...common, ...stamps(at) })
      if (chance(random, 0.02)) attempt(chance(random, 0.15) ? "REVERSED" : "CANCELLED", paidAt - 10 * MINUTE)
      if (!order.canceled) attempt("COMPLETED", paidAt)
    }
  }
  return { payme, click }
}

/** How full each seller's seeded slots were on each day (none on its closures), and a few closures a year. */
async function slotRows(sql: Sql, dates: string[], random: Random): Promise<{ usage: Row[]; closures: Row[] }> {
  const templates = (await sql.raw(`SELECT seller_id, type, weekday, starts_at, capacity_orders FROM slot_template WHERE deleted_at IS NULL`)).rows
  const sellers = [...new Set(templates.map((row) => row.seller_id as string))]
  const closures = sellers.flatMap((seller_id) => dates.filter(() => chance(random, 0.015)).map((date) => ({ id: benchId("sclos"), seller_id, date, reason: "bench: closed" })))
  const closed = new Set(closures.map((row) => `${row.seller_id} ${row.date}`))
  const usage: Row[] = []
  for (const date of dates) {
    for (const template of templates.filter((row) => row.weekday === weekdayOf(date) && !closed.has(`${row.seller_id} ${date}`))) {
      const booked = Math.min(template.capacity_orders, Math.round(template.capacity_orders * random() * 1.1))
      if (booked) usage.push({ id: benchId("slusg"), seller_id: template.seller_id, type: template.type, date, starts_at: template.starts_at, booked_orders: booked, booked_cakes: 0 })
    }
  }
  return { usage, closures }
}

const REJECTIONS = ["Too little time before the date", "Design not feasible", "Customer asked to cancel", "Outside our delivery area"]

/**
 * Custom cakes asked over the year (about nine a day) with their suggestion in the pricing log, and the log's other
 * suggestions (for catalog variants and in the admin). Approved cakes finalize their suggestion with staff's price.
 */
async function cakeRows(sql: Sql, catalog: BenchCatalog, dates: string[], random: Random) {
  const [customer] = (await sql.raw(`SELECT id FROM customer WHERE deleted_at IS NULL LIMIT 1`)).rows
  const now = Date.now()
  const days = dates.length
  const samples = generateCakeSamples(days * 9, 10_10, { days, now: new Date(now) })
  const predictions: Row[] = []
  const requests: Row[] = []
  const bakeries = catalog.sellers.filter((seller) => seller !== "store")
  const cakeVariants = catalog.variants.filter((variant) => /cm/.test(variant.title))
  for (const sample of samples) {
    const at = sample.created_at.getTime()
    const predicted = Math.max(50_000, Math.round((sample.price * (0.9 + random() * 0.25)) / 1000) * 1000)
    const predictionId = benchId("ppred")
    const recent = now - at < 2 * 86_400_000
    const status = recent
      ? "PENDING_REVIEW"
      : weightedPick(random, [["REJECTED", 14], ["EXPIRED", 9], ["CANCELLED", 3], ["COMPLETED", 60], ["PAID", 4], ["IN_PRODUCTION", 4], ["READY", 2], ["APPROVED_AWAITING_PAYMENT", 4]] as const)
    const approved = !["PENDING_REVIEW", "REJECTED"].includes(status)
    const decidedAt = at + between(random, 20, 240) * MINUTE
    predictions.push({ id: predictionId, features: sample.features, vector: [], predicted_price: predicted, source: "model", context: "custom_cake", servings_party: 12, servings_wedding: 18, final_price: approved ? sample.price : null, difference: approved ? sample.price - predicted : null, finalized_at: approved && decidedAt <= now ? iso(decidedAt) : null, ...stamps(at) })
    requests.push({
      id: benchId("ccake"),
      status,
      customer_id: customer?.id ?? "cus_bench",
      bakery_id: chance(random, 0.3) ? null : bakeries[Math.floor(random() * bakeries.length)] ?? null,
      region_id: catalog.regions.uzs,
      sales_channel_id: catalog.channels.telegram,
      currency_code: "uzs",
      features: sample.features,
      colors: ["white"],
      wanted_at: iso(at + 3 * 86_400_000),
      fulfillment: "PICKUP",
      notes: "bench",
      predicted_price: predicted,
      raw_predicted_price: raw(predicted),
      predicted_servings_party: 12,
      predicted_servings_wedding: 18,
      prediction_id: predictionId,
      prediction_source: "model",
      final_price: approved ? sample.price : null,
      raw_final_price: approved ? raw(sample.price) : null,
      rejection_reason: status === "REJECTED" ? REJECTIONS[Math.floor(random() * REJECTIONS.length)] : null,
      payment_provider_ids: ["pp_payme_payme", "pp_click_click"],
      ...stamps(at),
    })
  }
  // suggestions for catalog sizes (finalized when staff saved the price) and in the admin's calculator (never finalized)
  for (const sample of samples.filter(() => chance(random, 0.08))) {
    const at = sample.created_at.getTime()
    const variant = chance(random, 0.6) ? cakeVariants[Math.floor(random() * cakeVariants.length)] : null
    const predicted = Math.round((sample.price * (0.9 + random() * 0.2)) / 1000) * 1000
    predictions.push({ id: benchId("ppred"), features: sample.features, vector: [], predicted_price: predicted, source: "model", context: variant ? "variant" : "admin", product_variant_id: variant?.id ?? null, servings_party: 12, servings_wedding: 18, final_price: variant ? sample.price : null, difference: variant ? sample.price - predicted : null, finalized_at: variant ? iso(at + 30 * MINUTE) : null, ...stamps(at) })
  }
  return { predictions, requests }
}

export type OperationsCounts = Record<string, number>

/** Generates and inserts every other source the reports read, for the given year of orders. */
export async function generateOperations(sql: Sql, catalog: BenchCatalog, orders: BenchOrder[], dates: string[], random: Random): Promise<OperationsCounts> {
  const tickets = ticketRows(orders, random)
  const movements = movementRows(orders, catalog, dates, random)
  const { payme, click } = gatewayRows(orders, random)
  const { usage, closures } = await slotRows(sql, dates, random)
  const { predictions, requests } = await cakeRows(sql, catalog, dates, random)
  const tables: [string, Row[]][] = [
    ["production_ticket", tickets],
    ["stock_movement", movements],
    ["payme_transaction", payme],
    ["click_transaction", click],
    ["slot_usage", usage],
    ["closure", closures],
    ["price_prediction", predictions],
    ["custom_cake_request", requests],
  ]
  for (const [table, rows] of tables) await bulkInsert(sql, table, rows)
  return Object.fromEntries(tables.map(([table, rows]) => [table, rows.length]))
}
