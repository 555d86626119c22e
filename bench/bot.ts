/*
 * The Telegram storefront bot in-process (`npm run bench -- bot`, run through `medusa exec` on the app's database, so
 * migrate and seed it first: `npm start` once, or `npm run migrate && npm run seed`). A fake Bot API listens on
 * loopback; BENCH_BOT_USERS new customers (default 30), one after another, go from /start through the catalog, add a
 * cake to the cart and check out up to the payment buttons. Each update is timed from handleUpdate's call to its end
 * (every workflow, query and Bot API call it makes, with the bot's real throttling), and p50/p95/max are printed per
 * step and over all updates against the target p95 ≤ 100 ms. Each run leaves its customers and their carts behind.
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

type Step = { name: string; update: (chatId: number) => Update }

export default async function botBench({ container }: ExecArgs): Promise<void> {
  const users = Number(process.env.BENCH_BOT_USERS ?? 30)
  const fake = await startFakeTelegram({ token: TOKEN })
  // the per-user rate limit would stop a user who taps as fast as a benchmark; everything else is the real bot
  const bot = createBot(container, { token: TOKEN, apiRoot: fake.url, rateLimit: 1000 })
  await bot.init()
  const tap = (text: string | RegExp) => (chatId: number) => {
    const button = findButton(fake, chatId, text)
    return callback(chatId, button.data, button.message_id)
  }
  const steps: Step[] = [
    { name: "/start", update: (chatId) => message(chatId, "/start") },
    { name: "choose language", update: tap("English") },
    { name: "catalog", update: tap(/Catalog/) },
    { name: "category", update: tap(/./) },
    { name: "product card", update: tap(/./) },
    { name: "size", update: tap(/^🛒 /) },
    { name: "add to cart", update: tap("1") },
    { name: "checkout", update: tap(/Check out/) },
    { name: "contact", update: (chatId) => contact(chatId, "998901234567") },
    { name: "pickup", update: tap(/^🏠 Pickup/) },
    { name: "day", update: tap(/./) },
    { name: "time", update: tap(/^\d\d:00–\d\d:00$/) },
    { name: "cake message", update: (chatId) => message(chatId, "Happy birthday!") },
    { name: "card text (skip) → summary", update: tap("Skip") },
  ]
  const timings = new Map<string, number[]>(steps.map((step) => [step.name, []]))
  const firstChat = 900_000_000 + Math.floor(Math.random() * 1_000_000)
  try {
    for (let user = 0; user < users; user++) {
      const chatId = firstChat + user
      for (const step of steps) {
        const update = step.update(chatId)
        const started = performance.now()
        await bot.handleUpdate(update)
        timings.get(step.name)!.push(performance.now() - started)
      }
    }
  } finally {
    await fake.close()
  }
  const all = [...timings.values()].flat()
  timings.set("all updates", all)
  console.log(`Telegram bot, ${users} users × ${steps.length} updates, in-process against a fake Bot API on loopback`)
  console.log(formatTable(timings))
  const p95 = percentile(all, 95)
  console.log(`target p95 ≤ ${TARGET_P95_MS} ms: ${p95.toFixed(1)} ms, ${p95 <= TARGET_P95_MS ? "met" : "NOT met"}`)
}
