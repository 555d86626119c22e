/*
 * First-accept-wins under load (`npm run bench -- claims`, run through `medusa exec` on the app's database: migrate
 * and seed it first). Each round makes an order of one seeded cake with its stock reserved (Medusa's order workflow
 * plus a reservation, as a completed cart leaves it) and a NEW ticket, then starts BENCH_CLAIMERS (default 100)
 * accepts of that ticket at once through the entry the chats and the admin use (moveProductionTicket). Prints the winners per round (must be exactly 1) and
 * p50/p95/max of every accept's time, of the losers' and of the winners' (whose accept also writes the stock off),
 * against the target p95 ≤ 100 ms. Each run leaves its orders and tickets behind.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { STAFF_CHANNEL_MODULE } from "../src/modules/staff-channel"
import type StaffChannelModuleService from "../src/modules/staff-channel/service"
import { sellingContext } from "../src/modules/telegram/bot/catalog-queries"
import { moveProductionTicket } from "../src/workflows/staff-channel/move-production-ticket"
import { formatTable, percentile } from "./stats"

const TARGET_P95_MS = 100
const ADDRESS = { first_name: "Bench", address_1: "Mustaqillik 5", city: "Bukhara", country_code: "uz" }

/** The seeded napoleon's first size, its stock topped up so every round can reserve one. */
async function benchVariant(container: MedusaContainer, rounds: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] }: { data: any[] } = await query.graph({
    entity: "product",
    fields: ["variants.id", "variants.inventory_items.inventory_item_id"],
    filters: { handle: "napoleon" },
  })
  if (!product) throw new Error("the napoleon cake is not in this database: run `npm run seed` first")
  const variant = product.variants[0]
  const inventory = container.resolve(Modules.INVENTORY)
  const inventoryItemId = variant.inventory_items[0].inventory_item_id as string
  const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
  if (Number(level.available_quantity) < rounds) {
    await inventory.updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: level.location_id, stocked_quantity: Number(level.stocked_quantity) + rounds }])
  }
  return { variantId: variant.id as string, inventoryItemId, locationId: level.location_id }
}

/** A paid-looking order of one cake with its stock reserved, and its NEW ticket. */
async function orderWithTicket(container: MedusaContainer, stock: Awaited<ReturnType<typeof benchVariant>>, shippingOptionId: string) {
  const where = await sellingContext(container)
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: where.regionId,
      sales_channel_id: where.salesChannelId,
      email: "bench@dasturxon.local",
      shipping_address: ADDRESS,
      items: [{ variant_id: stock.variantId, quantity: 1 }],
      shipping_methods: [{ name: "Pickup", amount: 0, shipping_option_id: shippingOptionId }],
    } as any,
  })
  const line = (order.items ?? [])[0]!
  await container.resolve(Modules.INVENTORY).createReservationItems([{ line_item_id: line.id, inventory_item_id: stock.inventoryItemId, location_id: stock.locationId, quantity: 1 }])
  const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
  return staff.createProductionTickets({ order_id: order.id, display_id: Number(order.display_id), seller_id: "bench", fulfillment: "PICKUP", paid_at: new Date() })
}

/** A pickup option of the store's region, found the way a cart would (a throwaway cart of the bench variant). */
async function pickupOption(container: MedusaContainer, variantId: string): Promise<string> {
  const where = await sellingContext(container)
  const cart = await container.resolve(Modules.CART).createCarts({ region_id: where.regionId, sales_channel_id: where.salesChannelId, currency_code: where.currencyCode, shipping_address: ADDRESS, items: [{ variant_id: variantId, quantity: 1, title: "bench", unit_price: 1 }] })
  const { result } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id, is_return: false } })
  const option = (result as { id: string; type?: { code?: string } }[]).find((candidate) => candidate.type?.code === "pickup") ?? result[0]
  if (!option) throw new Error("the store's region has no shipping option for the bench cart")
  return option.id
}

export default async function claimsBench({ container }: ExecArgs): Promise<void> {
  const rounds = Number(process.env.BENCH_CLAIM_ROUNDS ?? 20)
  const claimers = Number(process.env.BENCH_CLAIMERS ?? 100)
  const stock = await benchVariant(container, rounds)
  const optionId = await pickupOption(container, stock.variantId)
  const winners: number[] = []
  const timings = new Map<string, number[]>([["all accepts", []], ["losers", []], ["winners", []]])
  for (let round = 0; round < rounds; round++) {
    const ticket = await orderWithTicket(container, stock, optionId)
    const results = await Promise.all(
      Array.from({ length: claimers }, async (_, n) => {
        const started = performance.now()
        const won = await moveProductionTicket(container, { ticket_id: ticket.id, to: "ACCEPTED", actor: { type: "staff", id: String(n), name: `Baker ${n}` } }).then(
          () => true,
          () => false
        )
        return { won, ms: performance.now() - started }
      })
    )
    winners.push(results.filter((result) => result.won).length)
    for (const result of results) {
      timings.get("all accepts")!.push(result.ms)
      timings.get(result.won ? "winners" : "losers")!.push(result.ms)
    }
  }
  console.log(`First accept wins: ${rounds} rounds × ${claimers} simultaneous accepts of one ticket, in-process`)
  console.log(`winners per round: ${winners.join(" ")} (${winners.every((count) => count === 1) ? "exactly one every round" : "NOT exactly one"})`)
  console.log(formatTable(timings))
  const p95 = percentile(timings.get("all accepts")!, 95)
  console.log(`target p95 ≤ ${TARGET_P95_MS} ms: ${p95.toFixed(1)} ms, ${p95 <= TARGET_P95_MS ? "met" : "NOT met"}`)
}
