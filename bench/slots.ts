/*
 * Slot booking under contention (`npm run bench -- slots`, through `medusa exec` on the app's database: migrate it
 * first). Gives the seller "bench" a week of one-place pickup slots, then for BENCH_SLOT_ROUNDS (default 20) dated
 * slots starts 20 bookings at once through the book-slot workflow. Prints the places taken per round (must be 1)
 * and p50/p95/max of every booking's time. Leaves the bench seller's templates and usage behind.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { shopDay } from "../src/modules/telegram/bot/dates"
import { bookSlotWorkflow } from "../src/workflows/scheduling/book-slot"
import { setSlotTemplatesWorkflow } from "../src/workflows/scheduling/set-slot-templates"
import { formatTable, percentile } from "./stats"

const CONCURRENT = 20
const TARGET_P95_MS = 100

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
  console.log(`Slot booking: ${rounds} rounds × ${CONCURRENT} simultaneous bookings of a one-place slot, in-process`)
  console.log(`places taken per round: ${taken.join(" ")} (${taken.every((count) => count === 1) ? "exactly one every round" : "NOT exactly one"})`)
  console.log(formatTable(timings))
  const p95 = percentile(timings.get("bookings")!, 95)
  console.log(`target p95 ≤ ${TARGET_P95_MS} ms: ${p95.toFixed(1)} ms, ${p95 <= TARGET_P95_MS ? "met" : "NOT met"}`)
}
