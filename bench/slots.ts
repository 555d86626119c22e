/*
 * Slot booking under contention (`npm run bench -- slots`, through `medusa exec` on the app's database: migrate and
 * seed it first). Two parts, BENCH_SLOT_ROUNDS (default 20) rounds each:
 * - bookings: the seller "bench" gets a week of one-place pickup slots; 20 book-slot runs start at once per slot;
 * - checkouts: 20 carts of the seeded napoleon (its bakery's seeded slots, all places but one taken beforehand) ask
 *   hold-cart-slot for the same slot at once, as 20 customers tapping it in the bot or calling the Store API.
 * Prints the places taken per round (must be 1) and p50/p95/max of every attempt. Leaves templates, usage, carts and
 * holds behind (the holds lapse after SLOT_HOLD_MINUTES).
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { SCHEDULING_MODULE } from "../src/modules/scheduling"
import type SchedulingModuleService from "../src/modules/scheduling/service"
import { sellingContext } from "../src/modules/telegram/bot/catalog-queries"
import { shopDay } from "../src/modules/telegram/bot/dates"
import { bookSlotWorkflow } from "../src/workflows/scheduling/book-slot"
import { holdCartSlotWorkflow } from "../src/workflows/scheduling/hold-cart-slot"
import { setSlotTemplatesWorkflow } from "../src/workflows/scheduling/set-slot-templates"
import { formatTable, percentile } from "./stats"

const CONCURRENT = 20
const TARGET_P95_MS = 100

/** Rounds of CONCURRENT carts holding the last place of one of the napoleon's seller's seeded slots. */
async function checkoutRounds(container: MedusaContainer, rounds: number, runId: number): Promise<{ taken: number[]; holds: number[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const { data: [product] }: { data: any[] } = await query.graph({ entity: "product", fields: ["variants.id", "bakery.id"], filters: { handle: "napoleon" } })
  if (!product) throw new Error("the napoleon cake is not in this database: run `npm run seed` first")
  const sellerId: string = product.bakery?.id ?? "store"
  const templates = await scheduling.listSlotTemplates({ seller_id: sellerId, type: "PICKUP" })
  if (!templates.length) throw new Error(`the napoleon's seller has no pickup slots: run \`npm run seed\` (it seeds them)`)
  const where = await sellingContext(container)
  const taken: number[] = []
  const holds: number[] = []
  for (let round = 0; round < rounds; round++) {
    const date = shopDay(runId, 60 + round + (Math.floor(runId / 1000) % 200))
    const template = templates.find((candidate) => candidate.weekday === (new Date(`${date}T12:00:00Z`).getUTCDay() || 7))!
    const slot = { seller_id: sellerId, type: "PICKUP" as const, date, starts_at: template.starts_at }
    const limits = { orders: template.capacity_orders, cakes: null }
    for (let place = 1; place < template.capacity_orders; place++) await scheduling.takeSlotPlace(slot, limits, 0)
    const carts = await Promise.all(
      Array.from({ length: CONCURRENT }, async () => {
        const { result } = await createCartWorkflow(container).run({
          input: { region_id: where.regionId, sales_channel_id: where.salesChannelId, items: [{ variant_id: product.variants[0].id, quantity: 1 }] },
        })
        return result.id
      })
    )
    const outcomes = await Promise.all(
      carts.map(async (cartId) => {
        const started = performance.now()
        const { errors } = await holdCartSlotWorkflow(container).run({ input: { cart_id: cartId, type: "PICKUP", date, starts_at: slot.starts_at }, throwOnError: false })
        holds.push(performance.now() - started)
        return errors.length === 0
      })
    )
    taken.push(outcomes.filter(Boolean).length)
  }
  return { taken, holds }
}

export default async function slotsBench({ container }: ExecArgs): Promise<void> {
  const rounds = Number(process.env.BENCH_SLOT_ROUNDS ?? 20)
  const starts = Array.from({ length: 12 }, (_, hour) => `${String(hour + 8).padStart(2, "0")}:00`)
  const templates = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
    starts.map((starts_at) => ({ weekday, starts_at, ends_at: `${String(Number(starts_at.slice(0, 2)) + 1).padStart(2, "0")}:00`, capacity_orders: 1, capacity_cakes: null }))
  )
  await setSlotTemplatesWorkflow(container).run({ input: { seller_id: "bench", type: "PICKUP", templates } })
  const runId = Date.now()
  const taken: number[] = []
  const timings = new Map<string, number[]>([["bookings", []]])
  for (let round = 0; round < rounds; round++) {
    // a slot nobody booked yet: a day further out each run of 12 rounds, hours in turn
    const date = shopDay(runId, 30 + Math.floor(round / starts.length) + (Math.floor(runId / 1000) % 300))
    const slot = { seller_id: "bench", type: "PICKUP" as const, date, starts_at: starts[round % starts.length] }
    const outcomes = await Promise.all(
      Array.from({ length: CONCURRENT }, async () => {
        const started = performance.now()
        const { errors } = await bookSlotWorkflow(container).run({ input: slot, throwOnError: false })
        timings.get("bookings")!.push(performance.now() - started)
        return errors.length === 0
      })
    )
    taken.push(outcomes.filter(Boolean).length)
  }
  const checkouts = await checkoutRounds(container, rounds, runId)
  timings.set("checkout holds", checkouts.holds)
  const exactlyOne = (counts: number[]) => (counts.every((count) => count === 1) ? "exactly one every round" : "NOT exactly one")
  console.log(`Slot booking: ${rounds} rounds × ${CONCURRENT} simultaneous attempts on the last place of a slot, in-process`)
  console.log(`bookings: places taken per round: ${taken.join(" ")} (${exactlyOne(taken)})`)
  console.log(`checkout holds: places taken per round: ${checkouts.taken.join(" ")} (${exactlyOne(checkouts.taken)})`)
  console.log(formatTable(timings))
  for (const step of ["bookings", "checkout holds"]) {
    const p95 = percentile(timings.get(step)!, 95)
    console.log(`${step}: target p95 ≤ ${TARGET_P95_MS} ms: ${p95.toFixed(1)} ms, ${p95 <= TARGET_P95_MS ? "met" : "NOT met"}`)
  }
}
