import twilio from "twilio"
import { twilioClient } from "../../../src/modules/notification-twilio/twilio-client"
import { startFakeTwilio } from "../twilio"

const ACCOUNT_SID = `AC${"1".repeat(32)}`
const AUTH_TOKEN = "fake-auth-token"
const SERVICE_SID = `MG${"2".repeat(32)}`
const TO = "+998901234567"
const FROM = "+998712000000"

async function failureOf(call: Promise<unknown>): Promise<any> {
  return call.then(() => undefined, (reason: unknown) => reason)
}

describe("fake Twilio REST API", () => {
  let fake: Awaited<ReturnType<typeof startFakeTwilio>>
  let client: twilio.Twilio

  beforeAll(async () => {
    fake = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN })
    client = twilioClient(ACCOUNT_SID, AUTH_TOKEN, fake.url)
  })
  beforeEach(() => fake.reset())
  afterAll(() => fake.close())

  it("creates a message from the twilio library's form-encoded POST and records the call", async () => {
    const message = await client.messages.create({ to: TO, from: FROM, body: "Torta bor" })

    expect(message).toMatchObject({ to: TO, from: FROM, body: "Torta bor", status: "queued", accountSid: ACCOUNT_SID, numSegments: "1", direction: "outbound-api" })
    expect(message.sid).toMatch(/^SM[0-9a-f]{32}$/)
    expect(fake.messages.map((sent) => sent.sid)).toEqual([message.sid])
    expect(fake.calls).toEqual([
      { method: "POST", path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, params: { To: TO, From: FROM, Body: "Torta bor" }, authorized: true, status: 201 },
    ])
  })

  it("accepts a messaging service in place of a sender and counts UCS-2 segments of 67 characters", async () => {
    const cyrillic = "Торт".repeat(18)
    const message = await client.messages.create({ to: TO, messagingServiceSid: SERVICE_SID, body: cyrillic })

    expect(message).toMatchObject({ status: "accepted", messagingServiceSid: SERVICE_SID, from: null, numSegments: "2" })
    expect(fake.calls[0].params).toEqual({ To: TO, MessagingServiceSid: SERVICE_SID, Body: cyrillic })
  })

  it("refuses a wrong auth token with Twilio's 401 error 20003 and sends nothing", async () => {
    const stranger = twilioClient(ACCOUNT_SID, "wrong-token", fake.url)
    const error = await failureOf(stranger.messages.create({ to: TO, from: FROM, body: "x" }))

    expect(error).toBeInstanceOf(twilio.RestException)
    expect(error).toMatchObject({ status: 401, code: 20003, message: "Authenticate", moreInfo: "https://www.twilio.com/docs/errors/20003" })
    expect(fake.calls).toMatchObject([{ authorized: false, status: 401 }])
    expect(fake.messages).toEqual([])
  })

  it("answers another account's path as not found", async () => {
    const other = `AC${"9".repeat(32)}`
    const response = await fetch(`${fake.url}/2010-04-01/Accounts/${other}/Messages.json`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
      body: new URLSearchParams({ To: TO, From: FROM, Body: "x" }),
    })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ code: 20404, status: 404 })
  })

  it("validates parameters as Twilio does", async () => {
    const invalidTo = await failureOf(client.messages.create({ to: "998901234567", from: FROM, body: "x" }))
    expect(invalidTo).toMatchObject({ status: 400, code: 21211, message: "Invalid 'To' Phone Number: 998901234567" })
    const noSender = await failureOf(client.messages.create({ to: TO, body: "x" }))
    expect(noSender).toMatchObject({ status: 400, code: 21603 })
    const tooLong = await failureOf(client.messages.create({ to: TO, from: FROM, body: "x".repeat(1601) }))
    expect(tooLong).toMatchObject({ status: 400, code: 21617 })
    expect(fake.messages).toEqual([])
  })

  it("fails the next calls as scripted with Twilio's error bodies, then succeeds", async () => {
    fake.failNext(2, 429)
    fake.failNext(1, 503)

    const first = await failureOf(client.messages.create({ to: TO, from: FROM, body: "1" }))
    await failureOf(client.messages.create({ to: TO, from: FROM, body: "2" }))
    const third = await failureOf(client.messages.create({ to: TO, from: FROM, body: "3" }))
    await client.messages.create({ to: TO, from: FROM, body: "4" })

    expect(first).toMatchObject({ status: 429, code: 20429, message: "Too Many Requests" })
    expect(third).toMatchObject({ status: 503, code: 20503 })
    expect(fake.calls.map((call) => call.status)).toEqual([429, 429, 503, 201])
    expect(fake.messages.map((message) => message.body)).toEqual(["4"])
  })

  it("drops the connection for a scripted disconnect, so the client gets no answer at all", async () => {
    fake.failNext(1, "disconnect")

    const error = await failureOf(client.messages.create({ to: TO, from: FROM, body: "x" }))
    expect(error).not.toBeInstanceOf(twilio.RestException)
    expect(error).toMatchObject({ isAxiosError: true, code: "ECONNRESET" })
    expect(error.response).toBeUndefined()
    expect(fake.calls).toMatchObject([{ status: 0 }])
    expect(fake.messages).toEqual([])
  })
})
