import { startFakeTelegram } from "../fakes/telegram-bot-api"

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>

/**
 * Turns the bot on for a spec, against a fake Bot API on loopback: the token and webhook secret at once, the fake's
 * URL when it runs (its port is known only then; a spec-level beforeAll runs before the runner boots the app and
 * reads the configuration). Returns the fake through a getter, as it exists only from then on.
 */
export function botAgainstFakeTelegram(token: string, secret: string): () => FakeTelegram {
  process.env.TELEGRAM_BOT_TOKEN = token
  process.env.TELEGRAM_WEBHOOK_SECRET = secret
  let fake: FakeTelegram | undefined
  beforeAll(async () => {
    fake = await startFakeTelegram({ token })
    process.env.TELEGRAM_API_ROOT = fake.url
  })
  afterAll(() => fake?.close())
  return () => {
    if (!fake) throw new Error("the fake Telegram Bot API starts in beforeAll")
    return fake
  }
}
