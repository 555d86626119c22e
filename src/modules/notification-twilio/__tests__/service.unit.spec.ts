import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { startFakeTwilio } from "../../../../integration-tests/fakes/twilio"
import TwilioSmsNotificationService from "../service"
import type { TwilioSmsOptions } from "../settings"

const ACCOUNT_SID = `AC${"1".repeat(32)}`
const AUTH_TOKEN = "fake-auth-token"
const TO = "+998901234567"
const MASKED_TO = "+99890 *** ** 67"
const FROM = "+998712000000"

function recordingLogger() {
  const lines: { level: string; text: string }[] = []
  const record = (level: string) => (text: string) => void lines.push({ level, text })
  const logger = { info: record("info"), warn: record("warn"), error: record("error"), debug: record("debug") } as unknown as Logger
  return { logger, lines }
}

async function failureOf(call: Promise<unknown>): Promise<any> {
  return call.then(() => undefined, (reason: unknown) => reason)
}

describe("twilio-sms notification provider", () => {
  let fake: Awaited<ReturnType<typeof startFakeTwilio>>
  let log: ReturnType<typeof recordingLogger>

  const options = (overrides: Partial<TwilioSmsOptions> = {}): TwilioSmsOptions => ({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    from: FROM,
    apiBaseUrl: fake.url,
    maxAttempts: 3,
    retryDelayMs: 1,
    ...overrides,
  })
  const provider = (overrides: Partial<TwilioSmsOptions> = {}) => new TwilioSmsNotificationService({ logger: log.logger }, options(overrides))
  const sms = (text: string | undefined, to = TO) => ({ to, channel: "sms", template: "", content: text === undefined ? undefined : { text } })

  beforeAll(async () => {
    fake = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN })
  })
  beforeEach(() => {
    fake.reset()
    log = recordingLogger()
  })
  afterAll(() => fake.close())

  it("sends content.text from the configured number and answers Twilio's message sid", async () => {
    const result = await provider().send(sms("Buyurtma #12: tort"))

    expect(fake.messages).toHaveLength(1)
    expect(result).toEqual({ id: fake.messages[0].sid })
    expect(fake.calls[0].params).toEqual({ To: TO, From: FROM, Body: "Buyurtma #12: tort" })
  })

  it("sends through the messaging service when one is configured", async () => {
    const serviceSid = `MG${"2".repeat(32)}`
    await provider({ messagingServiceSid: serviceSid }).send(sms("x"))
    expect(fake.calls[0].params).toEqual({ To: TO, MessagingServiceSid: serviceSid, Body: "x" })
  })

  it("sends once after a 429, logging the retry with the number masked", async () => {
    fake.failNext(1, 429)

    await provider().send(sms("x"))

    expect(fake.calls.map((call) => call.status)).toEqual([429, 201])
    expect(fake.messages).toHaveLength(1)
    expect(log.lines).toEqual([{ level: "warn", text: `twilio-sms: try 1/3 to ${MASKED_TO} failed (HTTP 429 (Twilio 20429): Too Many Requests); next in 1 ms` }])
  })

  it("retries 5xx answers and dropped connections with doubling waits", async () => {
    fake.failNext(1, 503)
    fake.failNext(1, "disconnect")

    await provider({ maxAttempts: 4, retryDelayMs: 5 }).send(sms("x"))

    expect(fake.calls.map((call) => call.status)).toEqual([503, 0, 201])
    expect(log.lines.map((line) => line.text.replace(/.*; /, ""))).toEqual(["next in 5 ms", "next in 10 ms"])
    expect(log.lines[1].text).toContain("no answer from Twilio (ECONNRESET)")
  })

  it("fails after maxAttempts tries, with a masked reason in the error and the log", async () => {
    fake.failNext(5, 500)

    const error = await failureOf(provider().send(sms("x")))

    expect(fake.calls).toHaveLength(3)
    expect(fake.messages).toEqual([])
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.message).toBe(`SMS to ${MASKED_TO} not sent: HTTP 500 (Twilio 20500): An internal server error has occurred`)
    expect(log.lines.map((line) => line.level)).toEqual(["warn", "warn", "error"])
  })

  it("does not retry a refusal, and masks the number Twilio quotes in it", async () => {
    const error = await failureOf(provider().send(sms("x", "998901234567")))

    expect(fake.calls).toHaveLength(1)
    expect(error.message).toBe(`SMS to ${MASKED_TO} not sent: HTTP 400 (Twilio 21211): Invalid 'To' Phone Number: ${MASKED_TO}`)
    for (const line of log.lines) expect(line.text).not.toContain("998901234567")
  })

  it("refuses a notification without content.text before calling Twilio", async () => {
    const error = await failureOf(provider().send(sms(undefined)))
    expect(error).toMatchObject({ type: MedusaError.Types.INVALID_DATA })
    expect(fake.calls).toEqual([])
  })

  it("needs credentials and a sender in its options", () => {
    expect(() => TwilioSmsNotificationService.validateOptions({ accountSid: ACCOUNT_SID })).toThrow("needs authToken, from or messagingServiceSid")
    expect(() => TwilioSmsNotificationService.validateOptions({ accountSid: ACCOUNT_SID, authToken: "t", messagingServiceSid: "MG1" })).not.toThrow()
  })
})
