/*
 * Gateway callbacks under load (`npm run bench -- gateways`): prepares carts with a Payme or a Click payment session
 * through the Store API (not timed), then sends each Payme Merchant API method and each Click phase as 50 concurrent
 * requests, one per cart, and times every request. Prints n, errors and p50/p95/p99/max per call. The bench signs
 * with PAYME_* and CLICK_* from its own environment, so give it the values the server runs with. Each run turns 100
 * units of stock into orders (the Payme half is refunded afterwards, which does not restock).
 */
import { randomBytes } from "node:crypto"
import type { AxiosInstance } from "axios"
import { clickSettings, paymeSettings, type ClickSettings, type PaymeSettings } from "../src/config/payments"
import {
  CLICK_ERRORS,
  clickSignString,
  tiyinToClickAmount,
  type ClickPhase,
  type ClickRequest,
} from "../src/modules/payment-click/protocol"
import { PAYME_ERRORS, PAYME_LOGIN } from "../src/modules/payment-payme/protocol"
import { startGatewayCheckout, type GatewayCheckout } from "../integration-tests/helpers/gateway-checkout"
import { connectStore, purchasableVariants, uzbekistanRegion, type Variant } from "./checkout"
import { percentile } from "./stats"
import type { StoreClient } from "./store-client"

const CONCURRENCY = 50
// Cart preparation is not measured; a few at a time keeps it short without piling up on the server.
const PREPARATION_PARALLELISM = 10
const PAYME_PROVIDER = "pp_payme_payme"
const CLICK_PROVIDER = "pp_click_click"
const TASHKENT_OFFSET_MS = 5 * 3_600_000

export type Reply = { status: number; body: any }
/** One timed request; `error` is set when the gateway would not have counted it as a success. */
export type Sample = { ms: number; error?: string }
type Results = Map<string, Sample[]>
type TimedReply = Reply & { ms: number }
type Timed = () => Promise<TimedReply>

/** Variant ids for `count` one-item carts, spread round-robin so no variant is asked for more than it has in stock. */
export function allocateVariants(variants: Variant[], count: number): string[] {
  const stockOf = (variant: Variant) => (variant.manage_inventory ? variant.inventory_quantity ?? 0 : Infinity)
  const left = new Map(variants.map((variant) => [variant.id, stockOf(variant)]))
  const picked: string[] = []
  while (picked.length < count) {
    const available = [...left].filter(([, quantity]) => quantity > 0)
    if (!available.length) {
      throw new Error(
        `Only ${picked.length} items in stock, the gateway bench needs ${count}: restock the store or seed a fresh database`
      )
    }
    for (const [id, quantity] of available.slice(0, count - picked.length)) {
      picked.push(id)
      left.set(id, quantity - 1)
    }
  }
  return picked
}

/** Click signs with its local time, Tashkent (UTC+5 all year, no DST), as "YYYY-MM-DD HH:mm:ss". */
export function clickSignTime(at: Date): string {
  return new Date(at.getTime() + TASHKENT_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ")
}

export function paymeFailure(reply: Reply): string | undefined {
  if (reply.status !== 200) return `HTTP ${reply.status}`
  return reply.body?.result === undefined ? String(reply.body?.error?.code ?? "no result") : undefined
}

export function clickFailure(reply: Reply): string | undefined {
  if (reply.status !== 200) return `HTTP ${reply.status}`
  return reply.body?.error === CLICK_ERRORS.SUCCESS ? undefined : String(reply.body?.error ?? "no error field")
}

/** Why a probe (CheckTransaction of an unknown id) shows the server cannot take the bench's Payme calls, if it does. */
export function paymeProbeProblem(reply: Reply): string | undefined {
  if (reply.status === 404) return "the server has no /hooks/payme route: is it running this code?"
  switch (reply.body?.error?.code) {
    case PAYME_ERRORS.TRANSACTION_NOT_FOUND:
      return undefined
    case PAYME_ERRORS.INSUFFICIENT_PRIVILEGE:
      return "the server refused the Payme key: start the bench with the PAYME_KEY (or PAYME_TEST_KEY) the server has"
    case PAYME_ERRORS.SYSTEM_ERROR:
      return "the server has no Payme settings: start it with PAYME_MERCHANT_ID and PAYME_KEY"
    default:
      return `the Payme endpoint answered unexpectedly (HTTP ${reply.status}): ${JSON.stringify(reply.body).slice(0, 200)}`
  }
}

/** Why a probe (Prepare of an unknown order) shows the server cannot take the bench's Click calls, if it does. */
export function clickProbeProblem(reply: Reply): string | undefined {
  if (reply.status === 404) return "the server has no /hooks/click/prepare route: is it running this code?"
  switch (reply.body?.error) {
    case CLICK_ERRORS.USER_DOES_NOT_EXIST:
      return undefined
    case CLICK_ERRORS.SIGN_CHECK_FAILED:
      return "the server refused the Click signature: start the bench with the CLICK_SECRET_KEY the server has"
    case CLICK_ERRORS.ERROR_IN_REQUEST:
      return "the server has no Click settings or another CLICK_SERVICE_ID: start both with the same CLICK_* values"
    default:
      return `the Click endpoint answered unexpectedly (HTTP ${reply.status}): ${JSON.stringify(reply.body).slice(0, 200)}`
  }
}

/** One row per call: n, errors, p50/p95/p99/max in ms; then a line per call that had errors, counting each code. */
export function formatLatencyTable(results: Results): string {
  const rows = [["call", "n", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"]]
  const errorLines: string[] = []
  for (const [call, samples] of results) {
    const durations = samples.map((sample) => sample.ms)
    const errors = samples.flatMap((sample) => (sample.error === undefined ? [] : [sample.error]))
    const percentiles = [50, 95, 99, 100].map((p) => percentile(durations, p).toFixed(1))
    rows.push([call, String(samples.length), String(errors.length), ...percentiles])
    if (!errors.length) continue
    const counts = new Map<string, number>()
    for (const error of errors) counts.set(error, (counts.get(error) ?? 0) + 1)
    errorLines.push(`${call} errors: ${[...counts].map(([error, count]) => `${error} x${count}`).join(", ")}`)
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const align = (cell: string, column: number) =>
    column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
  const table = rows.map((row) => row.map(align).join("  "))
  return [...table, ...errorLines].join("\n")
}

async function timedPost(url: string, body: string, headers: Record<string, string>): Promise<TimedReply> {
  const started = performance.now()
  try {
    const response = await fetch(url, { method: "POST", headers, body })
    const text = await response.text()
    const ms = performance.now() - started
    try {
      return { ms, status: response.status, body: JSON.parse(text) }
    } catch {
      return { ms, status: response.status, body: text.slice(0, 200) }
    }
  } catch (error) {
    return { ms: performance.now() - started, status: 0, body: String(error) }
  }
}

/** Fires every call at once and records each one's own duration under `label`. */
async function concurrently(
  results: Results,
  label: string,
  calls: Timed[],
  failure: (reply: Reply) => string | undefined
): Promise<Reply[]> {
  const replies = await Promise.all(calls.map((call) => call()))
  results.set(label, replies.map((reply) => ({ ms: reply.ms, error: failure(reply) })))
  return replies
}

/** startGatewayCheckout speaks axios; the bench's StoreClient answers its two calls and adds the publishable key. */
function asAxios(store: StoreClient): AxiosInstance {
  return {
    get: (path: string) => store.request("GET", path).then((data) => ({ data })),
    post: (path: string, body: unknown) => store.request("POST", path, body).then((data) => ({ data })),
  } as unknown as AxiosInstance
}

async function prepareCarts(
  store: StoreClient,
  regionId: string,
  variantIds: string[],
  providerId: string
): Promise<GatewayCheckout[]> {
  const api = asAxios(store)
  const prepare = (variantId: string) =>
    startGatewayCheckout(api, {}, { region_id: regionId, variant_id: variantId, provider_id: providerId })
  // Every cart has the same email, and concurrent first carts race to create its guest customer (400 "already
  // exists"); once the first cart made it, the others share it.
  const sales = [await prepare(variantIds[0])]
  for (let start = 1; start < variantIds.length; start += PREPARATION_PARALLELISM) {
    sales.push(...(await Promise.all(variantIds.slice(start, start + PREPARATION_PARALLELISM).map(prepare))))
  }
  return sales
}

function paymeCaller(baseUrl: string, settings: PaymeSettings) {
  const authorization = `Basic ${Buffer.from(`${PAYME_LOGIN}:${settings.key}`).toString("base64")}`
  let rpcId = 0
  const headers = { authorization, "content-type": "application/json" }
  return (method: string, params: Record<string, unknown>) =>
    timedPost(`${baseUrl}/hooks/payme`, JSON.stringify({ id: ++rpcId, method, params }), headers)
}

function clickCaller(baseUrl: string, settings: ClickSettings) {
  // Distinct across runs and beyond what a JS number holds exactly, as Click's own ids may be.
  let clickTransId = BigInt(Date.now()) * 10_000n
  const newTransId = () => String(++clickTransId)
  type Fields = Pick<ClickRequest, "click_trans_id" | "merchant_trans_id" | "amount" | "merchant_prepare_id">
  const send = (phase: ClickPhase, fields: Fields) => {
    const request = {
      service_id: settings.serviceId,
      click_paydoc_id: fields.click_trans_id,
      action: phase === "prepare" ? "0" : "1",
      error: "0",
      error_note: "Success",
      sign_time: clickSignTime(new Date()),
      ...fields,
    } as ClickRequest
    const form = new URLSearchParams({ ...request, sign_string: clickSignString(request, phase, settings.secretKey) })
    const headers = { "content-type": "application/x-www-form-urlencoded" }
    return timedPost(`${baseUrl}/hooks/click/${phase}`, form.toString(), headers)
  }
  return { newTransId, send }
}

function requireSettings<T>(settings: T | undefined, missing: string): T {
  if (!settings) {
    throw new Error(`The gateway bench signs its calls itself: set ${missing} to the values the server runs with`)
  }
  return settings
}

async function assertRegionOffers(store: StoreClient, regionId: string, providerIds: string[]): Promise<void> {
  const { payment_providers } = await store.request("GET", `/store/payment-providers?region_id=${regionId}`)
  const offered = new Set(payment_providers.map((provider: { id: string }) => provider.id))
  const missing = providerIds.filter((id) => !offered.has(id))
  if (missing.length) {
    throw new Error(
      `The Uzbekistan region does not offer ${missing.join(", ")}: start the server with the gateway settings and ` +
        "re-seed, or add them to the region in the admin"
    )
  }
}

async function benchPayme(
  results: Results,
  sales: GatewayCheckout[],
  call: ReturnType<typeof paymeCaller>,
  accountField: string
): Promise<void> {
  const account = (sale: GatewayCheckout) => ({ [accountField]: sale.session_id })
  const amount = (sale: GatewayCheckout) => Number(sale.amount_tiyin)
  const paymeIds = sales.map(() => randomBytes(12).toString("hex"))
  const perSale = (work: (sale: GatewayCheckout, paymeId: string) => Promise<TimedReply>): Timed[] =>
    sales.map((sale, index) => () => work(sale, paymeIds[index]))
  const run = (method: string, calls: Timed[]) => concurrently(results, `Payme ${method}`, calls, paymeFailure)

  await run(
    "CheckPerformTransaction",
    perSale((sale) => call("CheckPerformTransaction", { amount: amount(sale), account: account(sale) }))
  )
  const from = Date.now()
  await run(
    "CreateTransaction",
    perSale((sale, id) => call("CreateTransaction", { id, time: Date.now(), amount: amount(sale), account: account(sale) }))
  )
  const to = Date.now()
  await run("PerformTransaction", perSale((_sale, id) => call("PerformTransaction", { id })))
  await run("CheckTransaction", perSale((_sale, id) => call("CheckTransaction", { id })))
  await run("CancelTransaction", perSale((_sale, id) => call("CancelTransaction", { id, reason: 5 })))
  await run("GetStatement", perSale(() => call("GetStatement", { from, to })))
}

async function benchClick(results: Results, sales: GatewayCheckout[], click: ReturnType<typeof clickCaller>): Promise<void> {
  const attempts = sales.map((sale) => ({
    click_trans_id: click.newTransId(),
    merchant_trans_id: sale.session_id,
    amount: tiyinToClickAmount(BigInt(sale.amount_tiyin)),
  }))
  const prepares = attempts.map((attempt) => () => click.send("prepare", attempt))
  const prepared = await concurrently(results, "Click Prepare", prepares, clickFailure)
  // A failed Prepare has no id; its Complete still goes out (and fails as -6) so every row counts the same carts.
  const completes = attempts.map((attempt, index) => () =>
    click.send("complete", { ...attempt, merchant_prepare_id: String(prepared[index].body?.merchant_prepare_id ?? 0) })
  )
  await concurrently(results, "Click Complete", completes, clickFailure)
}

export async function main(): Promise<void> {
  const { env, baseUrl, store } = connectStore()
  const paymeKeyName = env.PAYME_TEST_MODE ? "PAYME_TEST_KEY" : "PAYME_KEY"
  const payme = requireSettings(paymeSettings(env), `PAYME_MERCHANT_ID and ${paymeKeyName}`)
  const clickKeyNames = "CLICK_SERVICE_ID, CLICK_MERCHANT_ID, CLICK_SECRET_KEY, CLICK_MERCHANT_USER_ID"
  const clickConfig = requireSettings(clickSettings(env), clickKeyNames)
  const callPayme = paymeCaller(baseUrl, payme)
  const click = clickCaller(baseUrl, clickConfig)

  const unknownOrder = { click_trans_id: click.newTransId(), merchant_trans_id: "bench_probe", amount: "1000.00" }
  const problem =
    paymeProbeProblem(await callPayme("CheckTransaction", { id: randomBytes(12).toString("hex") })) ??
    clickProbeProblem(await click.send("prepare", unknownOrder))
  if (problem) throw new Error(`Gateway bench against ${baseUrl}: ${problem}`)

  const region = await uzbekistanRegion(store)
  await assertRegionOffers(store, region.id, [PAYME_PROVIDER, CLICK_PROVIDER])
  const variantIds = allocateVariants(await purchasableVariants(store, region.id), 2 * CONCURRENCY)
  console.log(`gateway bench against ${baseUrl}: preparing ${CONCURRENCY} Payme and ${CONCURRENCY} Click carts (not timed)`)
  const paymeSales = await prepareCarts(store, region.id, variantIds.slice(0, CONCURRENCY), PAYME_PROVIDER)
  const clickSales = await prepareCarts(store, region.id, variantIds.slice(CONCURRENCY), CLICK_PROVIDER)

  console.log(`timing each call as ${CONCURRENCY} concurrent requests, one per cart`)
  const results: Results = new Map()
  await benchPayme(results, paymeSales, callPayme, payme.accountField)
  await benchClick(results, clickSales, click)
  console.log(formatLatencyTable(results))
}
