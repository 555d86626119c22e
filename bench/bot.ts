/*
 * The Telegram storefront bot in-process (`npm run bench -- bot`, run through `medusa exec` on the app's database, so
 * migrate and seed it first: `npm start` once, or `npm run migrate && npm run seed`). A fake Bot API listens on
 * loopback; BENCH_BOT_USERS new customers (default 30), taking turns step by step, go from /start through the
 * catalog, add a cake to the cart and check out up to the payment buttons (holding one of the seeded slots). Each update is timed from handleUpdate's
 * call to its end (every workflow, query and Bot API call it makes, with the bot's real throttling); p50/p95/max are
 * printed per step, over all updates, and over the updates that run none of Medusa's cart workflows (the bot's own
 * work), against the target p95 ≤ 100 ms. Each run leaves its customers and their carts behind.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import type { Update } from "grammy/types"
import { createBot } from "../src/modules/telegram/bot/create-bot"
import { startFakeTelegram } from "../integration-tests/fakes/telegram-bot-api"
import { callback, contact, message } from "../integration-tests/fakes/telegram-updates"
import { findButton } from "../integration-tests/helpers/telegram-chat"
import { formatTable, percentile } from "./stats"

const TOKEN = "7000000099:AAH-dasturxon-bench-token-0123456789"
const TARGET_P95_MS = 100

/** `writesCart`: the step runs Medusa's cart workflows (create, add, update, shipping method), which bound its time. */
type Step = { name: string; update: (chatId: number) => Update; writesCart?: boolean }

export default async function botBench({ container }: ExecArgs): Promise<void> {
  const users = Number(process.env.BENCH_BOT_USERS ?? 30)
  const fake = await startFakeTelegram({ token: TOKEN })
  // the per-user rate limit would stop a user who taps as fast as a benchmark; everything else is the real bot
  const bot = createBot(container, { token: TOKEN, apiRoot: fake.url, rateLimit: 1000 })
  await bot.init()
  const firstChat = 900_000_000 + Math.floor(Math.random() * 1_000_000)
  /** Taps the first matching button, or the one `pick` chooses for the user (customers spread over days and slots). */
  const tap = (text: string | RegExp, pick: (user: number) => number = () => 0) => (chatId: number) => {
    const button = findButton(fake, chatId, text, pick(chatId - firstChat))
    return callback(chatId, button.data, button.message_id)
  }
  const steps: Step[] = [
    { name: "/start", update: (chatId) => message(chatId, "/start") },
    { name: "choose language", update: tap("English") },
    { name: "catalog", update: tap(/Catalog/) },
    { name: "category", update: tap(/./) },
    { name: "product card", update: tap(/./) },
    { name: "size", update: tap(/^🛒 /) },
    { name: "add to cart", update: tap("1"), writesCart: true },
    { name: "checkout", update: tap(/Check out/) },
    { name: "contact", update: (chatId) => contact(chatId, "998901234567") },
    { name: "pickup", update: tap(/^🏠 Pickup/) },
    // the seeded slots take 6 cakes each: users spread over the days offered, then over each day's slots
    { name: "day", update: tap(/./, (user) => user) },
    { name: "time (holds the slot)", update: tap(/^\d\d:00–\d\d:00$/, (user) => Math.floor(user / 7)), writesCart: true },
    { name: "cake message", update: (chatId) => message(chatId, "Happy birthday!") },
    { name: "card text (skip) → summary", update: tap("Skip"), writesCart: true },
  ]
  const timings = new Map<string, number[]>(steps.map((step) => [step.name, []]))
  try {
    // step by step across all users: each user taps about once per second, as people do, so the bot's outgoing
    // throttle (Telegram's per-chat pace) measures what a customer sees rather than a burst no person makes
    for (const step of steps) {
      for (let user = 0; user < users; user++) {
        const update = step.update(firstChat + user)
        const started = performance.now()
        await bot.handleUpdate(update)
        timings.get(step.name)!.push(performance.now() - started)
      }
    }
  } finally {
    await fake.close()
  }
  const all = [...timings.values()].flat()
  const botOnly = steps.filter((step) => !step.writesCart).flatMap((step) => timings.get(step.name)!)
  timings.set("all updates", all)
  timings.set("updates without cart writes", botOnly)
  console.log(`Telegram bot, ${users} users × ${steps.length} updates, in-process against a fake Bot API on loopback`)
  console.log(formatTable(timings))
  for (const [label, figures] of [["all updates", all], ["updates without cart writes", botOnly]] as const) {
    const p95 = percentile(figures, 95)
    console.log(`target p95 ≤ ${TARGET_P95_MS} ms, ${label}: ${p95.toFixed(1)} ms, ${p95 <= TARGET_P95_MS ? "met" : "NOT met"}`)
  }
}
