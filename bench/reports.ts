/*
 * Reports over a year (`npm run bench -- reports`, in-process through `medusa exec`). It WRITES a year of generated
 * data, so run it on a database of its own, never the shop's:
 *   createdb -h 127.0.0.1 -U postgres dasturxon_bench_reports
 *   export DATABASE_URL=postgres://postgres@127.0.0.1:5432/dasturxon_bench_reports
 *   npx medusa db:migrate && npx medusa exec ./src/scripts/seed.ts && npm run bench -- reports
 *   (afterwards: dropdb -h 127.0.0.1 -U postgres dasturxon_bench_reports)
 * On its first run it generates BENCH_REPORT_ORDERS orders (default 52,000) over the 365 days up to now (Asia/
 * Tashkent) for the seeded sellers, UZS and USD, Payme/Click/Telegram/Stripe, Telegram and Web, some canceled,
 * discounted and refunded, inserted with SQL into Medusa's order and payment tables (orders carry metadata
 * {"bench":"reports"}), and the year's kitchen tickets, stock ledger, gateway attempts, slot usage, custom cakes and
 * pricing log; later runs reuse them. It checks one generated day's sales against the generator's own sums, times
 * the compute-daily-reports workflow over the past days, then each report's route handler (sales json and csv,
 * products, operations, inventory-turnover, pricing) over the year, the year for one bakery, and the last 30 days:
 * the first (cold) call, then BENCH_REPORT_RUNS calls (default 30) for p50/p95/max, against the target p95 ≤ 300 ms.
 * To time a few reports only: BENCH_REPORT_ONLY=operations (names as in the table, comma-separated), and
 * BENCH_REPORT_SKIP_COMPUTE=1 to leave out the year of compute-daily-reports (operations, inventory-turnover and
 * pricing never read the daily cache; sales and products then read live).
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayOf, daysSpan } from "../src/modules/reports/days"
import { computeDailyReportsWorkflow } from "../src/workflows/reports/compute-daily-reports"
import { readCurrentOrders } from "../src/workflows/reports/current-orders"
import { seeded, type Sql } from "./reports/bulk"
import { readCatalog } from "./reports/catalog"
import { generateOperations } from "./reports/operations"
import { BENCH_TZ, benchDays, generateOrders, type BenchOrder } from "./reports/orders"
import { callReport, REPORT_ROUTES, timeReport } from "./reports/timing"
import { formatTable, percentile } from "./stats"

const TARGET_P95_MS = 300
const DAYS = 365
const COMPUTE_CHUNK_DAYS = 7

/** The generator's own sums of one day per currency (hundredths), to hold the report against. */
function expectedDay(orders: BenchOrder[], date: string) {
  const sums = new Map<string, { orders: number; canceled_orders: number; gross: number; discounts: number; total: number; refunds: number; units: number }>()
  for (const order of orders.filter((candidate) => candidate.date === date)) {
    const sum = sums.get(order.currency) ?? { orders: 0, canceled_orders: 0, gross: 0, discounts: 0, total: 0, refunds: 0, units: 0 }
    sums.set(order.currency, sum)
    if (order.canceled) {
      sum.canceled_orders++
      continue
    }
    sum.orders++
    sum.gross += order.gross
    sum.discounts += order.discount
    sum.total += order.total
    sum.refunds += order.refund
    sum.units += order.lines.reduce((units, line) => units + line.quantity, 0)
  }
  return sums
}

/** The sales and products reports of one day next to the generator's sums: "equal", or what differs. */
async function checkDay(container: MedusaContainer, orders: BenchOrder[], date: string): Promise<string> {
  const query = { from: date, to: date, tz: BENCH_TZ }
  const [sales, products] = await Promise.all([callReport(container, REPORT_ROUTES[0], query), callReport(container, REPORT_ROUTES[2], { ...query, limit: "100" })])
  const differences: string[] = []
  for (const [currency, expected] of expectedDay(orders, date)) {
    const row = sales.json.currency_rows.find((candidate: { currency_code: string }) => candidate.currency_code === currency) ?? {}
    const units = products.json.variants.filter((variant: { currency_code: string }) => variant.currency_code === currency).reduce((sum: number, variant: { units: number }) => sum + variant.units, 0)
    const got = { orders: row.orders, canceled_orders: row.canceled_orders, gross: Math.round(row.gross * 100), discounts: Math.round(row.discounts * 100), total: Math.round(row.total * 100), refunds: Math.round(row.refunds * 100), units }
    for (const [field, value] of Object.entries(expected)) if (got[field as keyof typeof got] !== value) differences.push(`${currency} ${field}: report ${got[field as keyof typeof got]}, generated ${value}`)
  }
  return differences.length ? `DIFFERENT (${differences.join("; ")})` : `equal (${[...expectedDay(orders, date).entries()].map(([currency, sum]) => `${currency}: ${sum.orders} orders, ${sum.canceled_orders} canceled, total ${sum.total / 100}, refunds ${sum.refunds / 100}, ${sum.units} units`).join("; ")})`
}

/** Runs the compute-daily-reports workflow over the past days, a week a run, and prints its time. */
async function computeYear(container: MedusaContainer, past: string[]): Promise<void> {
  const perDay: number[] = []
  const started = performance.now()
  for (let start = 0; start < past.length; start += COMPUTE_CHUNK_DAYS) {
    const chunk = past.slice(start, start + COMPUTE_CHUNK_DAYS)
    const chunkStarted = performance.now()
    await computeDailyReportsWorkflow(container).run({ input: { dates: chunk, tz: BENCH_TZ } })
    perDay.push((performance.now() - chunkStarted) / chunk.length)
  }
  console.log(`compute-daily-reports over ${past.length} past days (${COMPUTE_CHUNK_DAYS} days a run): ${((performance.now() - started) / 1000).toFixed(1)} s, per day p50 ${percentile(perDay, 50).toFixed(0)} ms, max ${percentile(perDay, 100).toFixed(0)} ms`)
}

/** What a report ending today pays at the end of a full day: yesterday's orders read as today's are, first in full, then by their stamps. */
async function timeFullDayLive(container: MedusaContainer, day: string): Promise<void> {
  const { start, end } = daysSpan(day, day, BENCH_TZ)
  const filters = { created_at: { $gte: start, $lt: end }, is_draft_order: false as const }
  let started = performance.now()
  const orders = await readCurrentOrders(container, filters)
  const first = performance.now() - started
  const samples: number[] = []
  for (let run = 0; run < 10; run++) {
    started = performance.now()
    await readCurrentOrders(container, filters)
    samples.push(performance.now() - started)
  }
  console.log(`a full day live (${day}, ${orders.length} orders, read as today's): first ${first.toFixed(0)} ms in full, then p50 ${percentile(samples, 50).toFixed(0)} / max ${percentile(samples, 100).toFixed(0)} ms by their change stamps`)
}

async function generateYear(sql: Sql, dates: string[]): Promise<BenchOrder[] | null> {
  const [{ count }] = (await sql.raw(`SELECT COUNT(*)::int AS count FROM "order" WHERE metadata->>'bench' = 'reports'`)).rows
  if (count > 0) {
    console.log(`reusing the ${count} generated orders already in this database (the generator's day check needs a fresh database)`)
    return null
  }
  const total = Number(process.env.BENCH_REPORT_ORDERS ?? 52_000)
  const random = seeded(20_261_210)
  const catalog = await readCatalog(sql)
  let started = performance.now()
  const orders = await generateOrders(sql, catalog, dates, total, random)
  console.log(`generated ${orders.length} orders over ${dates[0]} … ${dates[dates.length - 1]} (${catalog.sellers.length} sellers) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  started = performance.now()
  const counts = await generateOperations(sql, catalog, orders, dates, random)
  console.log(`generated ${Object.entries(counts).map(([table, rows]) => `${table} ${rows}`).join(", ")} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  await sql.raw(`ANALYZE`)
  return orders
}

export default async function reportsBench({ container }: ExecArgs): Promise<void> {
  const sql = container.resolve<Sql>(ContainerRegistrationKeys.PG_CONNECTION)
  const runs = Number(process.env.BENCH_REPORT_RUNS ?? 30)
  const today = dayOf(new Date(), BENCH_TZ)
  const dates = benchDays(today, DAYS)
  const orders = await generateYear(sql, dates)
  const sampleDay = dates[DAYS - 100]
  if (orders) console.log(`day ${sampleDay} computed live vs the generator: ${await checkDay(container, orders, sampleDay)}`)

  const past = dates.slice(0, -1)
  const [{ cached }] = (await sql.raw(`SELECT COUNT(DISTINCT date)::int AS cached FROM daily_sales WHERE time_zone = ? AND date >= ? AND date <= ?`, [BENCH_TZ, past[0], past[past.length - 1]])).rows
  if (process.env.BENCH_REPORT_SKIP_COMPUTE === "1") console.log("compute-daily-reports: skipped (BENCH_REPORT_SKIP_COMPUTE=1)")
  else if (cached === past.length && !orders) console.log(`compute-daily-reports: all ${past.length} past days are cached by an earlier run (delete daily_sales rows to time it again)`)
  else await computeYear(container, past)
  if (orders && process.env.BENCH_REPORT_SKIP_COMPUTE !== "1") console.log(`day ${sampleDay} from the cache vs the generator: ${await checkDay(container, orders, sampleDay)}`)

  const [{ bakery_id: bakery }] = (await sql.raw(`SELECT bakery_id FROM bakery_bakery_order_order WHERE deleted_at IS NULL GROUP BY bakery_id ORDER BY COUNT(*) DESC LIMIT 1`)).rows
  const ranges: [string, Record<string, string>][] = [
    ["year", { from: dates[0], to: today, tz: BENCH_TZ }],
    ["year, one bakery", { from: dates[0], to: today, tz: BENCH_TZ, seller: bakery }],
    ["30 days", { from: dates[DAYS - 30], to: today, tz: BENCH_TZ }],
  ]
  // empty (as .env.template leaves it) means every report
  const only = process.env.BENCH_REPORT_ONLY?.split(",").map((name) => name.trim()).filter(Boolean)
  const routes = only?.length ? REPORT_ROUTES.filter((route) => only.includes(route.name)) : REPORT_ROUTES
  // one call of each report over the last 30 days first, so that the timings are not of code still being compiled
  // (the JIT), as in a server that has been up a while; the cold calls below are then the first of their range
  for (const route of routes) await callReport(container, route, ranges[2][1])
  await timeFullDayLive(container, past[past.length - 1])
  const timings = new Map<string, number[]>()
  const cold: string[] = []
  for (const [label, query] of ranges) {
    for (const route of routes) {
      const { cold: first, samples } = await timeReport(container, route, query, runs)
      timings.set(`${route.name} (${label})`, samples)
      cold.push(`${route.name} (${label}) ${first.toFixed(0)} ms`)
    }
  }
  // every range ends today, which each call computes live from Medusa's orders: its cost grows with the hour
  const { start: todayStart } = daysSpan(today, today, BENCH_TZ)
  const [{ placed }] = (await sql.raw(`SELECT COUNT(*)::int AS placed FROM "order" WHERE created_at >= ? AND deleted_at IS NULL`, [todayStart])).rows
  console.log(`Reports: ${runs} calls each after a cold first call, route handlers in-process, ${today} back ${DAYS} days (${BENCH_TZ}); today so far ${placed} orders, computed live on every call`)
  console.log(formatTable(timings))
  console.log(`cold first calls: ${cold.join(", ")}`)
  const missed = [...timings].filter(([, samples]) => percentile(samples, 95) > TARGET_P95_MS).map(([name]) => name)
  console.log(`target p95 ≤ ${TARGET_P95_MS} ms: ${missed.length ? `NOT met by ${missed.join(", ")}` : "met by every report"}`)
}
