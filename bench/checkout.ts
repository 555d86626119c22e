/*
 * Checkout baseline: N sequential Store API checkouts against a running server (`npm start` first), timing each
 * step: create cart → add item → shipping method → payment session (Medusa's system provider) → complete cart.
 * Prints p50/p95/max per step and in total. Settings: BENCH_BASE_URL, BENCH_PUBLISHABLE_KEY, BENCH_CHECKOUTS
 * (defaults: what `npm start` wrote to .data/runtime.json, 20 checkouts). `npm run bench -- gateways` runs
 * bench/gateways.ts instead, with the same settings; `npm run bench -- pricing` runs bench/pricing.ts (no server);
 * `npm run bench -- bot`, `-- claims` and `-- slots` run bench/bot.ts, claims.ts and slots.ts inside the app (no
 * server, the app's database); `-- reports` runs bench/reports.ts the same way, on a database of its own.
 */
import { readEnv, type Env } from "../src/config/env"
import { readRuntimeInfo } from "../scripts/lib/local-state"
import { run } from "../scripts/lib/processes"
import { formatTable } from "./stats"
import { StoreClient } from "./store-client"

export type Variant = { id: string; title: string; inventory_quantity?: number; manage_inventory?: boolean }

const ADDRESS = {
  first_name: "Bench",
  last_name: "Customer",
  address_1: "Bakhouddin Naqshband 12",
  city: "Bukhara",
  country_code: "uz",
  phone: "+998901234567",
}

async function timed<T>(timings: Map<string, number[]>, step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  const list = timings.get(step) ?? []
  list.push(performance.now() - started)
  timings.set(step, list)
  return result
}

export async function purchasableVariants(store: StoreClient, regionId: string): Promise<Variant[]> {
  const { products } = await store.request(
    "GET",
    `/store/products?limit=100&region_id=${regionId}&fields=title,*variants,+variants.inventory_quantity,+variants.manage_inventory`
  )
  return products
    .flatMap((product: { variants: Variant[] }) => product.variants)
    .filter((variant: Variant) => !variant.manage_inventory || (variant.inventory_quantity ?? 0) > 0)
}

async function checkout(store: StoreClient, regionId: string, variant: Variant, timings: Map<string, number[]>): Promise<string> {
  const { cart } = await timed(timings, "create cart", () =>
    store.request("POST", "/store/carts", { region_id: regionId, email: "bench@dasturxon.local", shipping_address: ADDRESS })
  )
  await timed(timings, "add item", () => store.request("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }))
  await timed(timings, "shipping method", async () => {
    const { shipping_options } = await store.request("GET", `/store/shipping-options?cart_id=${cart.id}`)
    if (!shipping_options.length) throw new Error("no shipping option for a Bukhara address: is the store seeded?")
    await store.request("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  })
  await timed(timings, "payment session", async () => {
    const { payment_collection } = await store.request("POST", "/store/payment-collections", { cart_id: cart.id })
    await store.request("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  })
  const completed = await timed(timings, "complete cart", () => store.request("POST", `/store/carts/${cart.id}/complete`))
  if (completed.type !== "order") throw new Error(`cart ${cart.id} did not become an order: ${JSON.stringify(completed.error ?? completed)}`)
  return completed.order.id
}

/** The server the benchmarks talk to, and a Store API client with its web storefront's publishable key. */
export function connectStore(): { env: Env; baseUrl: string; store: StoreClient } {
  const env = readEnv()
  const runtime = readRuntimeInfo()
  const baseUrl = env.BENCH_BASE_URL ?? runtime?.backendUrl ?? "http://localhost:9000"
  const key = env.BENCH_PUBLISHABLE_KEY ?? runtime?.publishableKeys.find((entry) => entry.title === "Web storefront")?.token
  if (!key) throw new Error("No publishable key: start the shop with `npm start` or set BENCH_PUBLISHABLE_KEY")
  return { env, baseUrl, store: new StoreClient(baseUrl, key) }
}

export async function uzbekistanRegion(store: StoreClient): Promise<{ id: string; name: string }> {
  const { regions } = await store.request("GET", "/store/regions?fields=id,name,currency_code")
  return regions.find((entry: { name: string }) => entry.name === "Uzbekistan") ?? regions[0]
}

async function main(): Promise<void> {
  const { env, baseUrl, store } = connectStore()
  const region = await uzbekistanRegion(store)
  const variants = await purchasableVariants(store, region.id)
  if (!variants.length) throw new Error("No purchasable variant in stock: is the store seeded?")

  const timings = new Map<string, number[]>()
  console.log(`checkout bench: ${env.BENCH_CHECKOUTS} sequential checkouts against ${baseUrl} (region ${region.name})`)
  for (let i = 0; i < env.BENCH_CHECKOUTS; i++) {
    // Rotate through variants so no single one runs out of stock.
    const variant = variants[i % variants.length]
    await timed(timings, "total", () => checkout(store, region.id, variant, timings))
  }
  const total = timings.get("total")!
  timings.delete("total")
  timings.set("total", total)
  console.log(formatTable(timings))
  const memory = process.memoryUsage()
  console.log(`bench client rss ${(memory.rss / 1024 / 1024).toFixed(0)} MB`)
}

/** Runs a bench script as `medusa exec` on the app's database (as `npm run seed` does). */
function runInApp(script: string): Promise<void> {
  const tsNode = require.resolve("ts-node/dist/bin")
  return run(process.execPath, [tsNode, "-P", "scripts/tsconfig.json", "scripts/with-app-database.ts", "exec", script], { env: process.env, foreground: true })
}

const BENCHES: Record<string, () => Promise<void>> = {
  checkout: main,
  // Loaded on demand: it pulls in the gateway protocol code, which the checkout bench does not need.
  gateways: () => (require("./gateways") as typeof import("./gateways")).main(),
  // Loaded on demand too: the other benches need nothing of the pricing module.
  pricing: () => (require("./pricing") as typeof import("./pricing")).main(),
  // The bot runs in-process inside `medusa exec`, which boots the app's container on the app's database.
  bot: () => runInApp("./bench/bot.ts"),
  claims: () => runInApp("./bench/claims.ts"),
  slots: () => runInApp("./bench/slots.ts"),
  // writes a year of generated orders: run it on a database of its own (see bench/reports.ts)
  reports: () => runInApp("./bench/reports.ts"),
}

// bench/gateways.ts imports the helpers above; only the script itself runs a benchmark.
if (require.main === module) {
  const name = process.argv[2] ?? "checkout"
  const bench = BENCHES[name] ?? (() => Promise.reject(new Error(`Unknown benchmark "${name}": use ${Object.keys(BENCHES).join(" or ")}`)))
  bench().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
