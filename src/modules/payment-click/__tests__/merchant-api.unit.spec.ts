import { createHash } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { MedusaError } from "@medusajs/framework/utils"
import { startFakeClickMerchantApi } from "../../../../integration-tests/fakes/click-merchant-api"
import { ClickMerchantApi, clickAuthHeader } from "../merchant-api"

const credentials = { serviceId: "12345", merchantUserId: "777", secretKey: "merchant-secret" }

async function rejectionOf(promise: Promise<unknown>): Promise<MedusaError> {
  try {
    await promise
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected a rejection")
}

/** A local server that answers every request with `reply` (or never, when reply is undefined). */
async function startRawServer(reply?: { status: number; body: string }): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    if (reply) {
      response.writeHead(reply.status).end(reply.body)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

function closeRaw(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

describe("clickAuthHeader", () => {
  it("is merchant_user_id, sha1(timestamp + secret) and the 10-digit Unix timestamp", () => {
    const now = new Date("2026-03-01T05:15:00.900Z")
    const timestamp = "1772342100"
    const digest = createHash("sha1").update(`${timestamp}merchant-secret`).digest("hex")
    expect(clickAuthHeader("777", "merchant-secret", now)).toBe(`777:${digest}:${timestamp}`)
  })
})

describe("ClickMerchantApi against the fake Click Merchant API", () => {
  let fake: Awaited<ReturnType<typeof startFakeClickMerchantApi>>

  beforeEach(async () => {
    fake = await startFakeClickMerchantApi(credentials)
  })
  afterEach(() => fake.close())

  const api = (overrides: Partial<ConstructorParameters<typeof ClickMerchantApi>[0]> = {}) =>
    new ClickMerchantApi({ baseUrl: fake.url, ...credentials, ...overrides })

  it("reverses a payment with DELETE payment/reversal/<service_id>/<payment_id> and a valid Auth header", async () => {
    await expect(api().reversePayment("4321")).resolves.toEqual({ payment_id: "4321" })
    expect(fake.calls).toEqual([
      {
        method: "DELETE",
        path: "/payment/reversal/12345/4321",
        auth: expect.stringMatching(/^777:[0-9a-f]{40}:\d{10}$/),
        authValid: true,
      },
    ])
  })

  it("reads a payment status with GET payment/status/<service_id>/<payment_id>", async () => {
    await expect(api().paymentStatus("4321")).resolves.toEqual({ payment_id: "4321", payment_status: 2 })
    expect(fake.calls).toMatchObject([{ method: "GET", path: "/payment/status/12345/4321", authValid: true }])
  })

  it("keeps a payment id above 2^53 exact", async () => {
    await expect(api().reversePayment("18446744073709551615")).resolves.toEqual({ payment_id: "18446744073709551615" })
  })

  it("accepts a base URL with a trailing slash", async () => {
    await api({ baseUrl: `${fake.url}/` }).paymentStatus("1")
    expect(fake.calls[0].path).toBe("/payment/status/12345/1")
  })

  it("turns Click's refusal into NOT_ALLOWED with Click's error_code and error_note", async () => {
    fake.failNext(-5017, "Reversal is not allowed for this payment")
    const error = await rejectionOf(api().reversePayment("4321"))
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(error.message).toContain("-5017")
    expect(error.message).toContain("Reversal is not allowed for this payment")
    // failNext affects only the next call
    await expect(api().reversePayment("4321")).resolves.toEqual({ payment_id: "4321" })
  })

  it("is refused with -1 when signed with another secret, and never puts the secret in the message", async () => {
    const error = await rejectionOf(api({ secretKey: "wrong-secret" }).reversePayment("4321"))
    expect(fake.calls[0].authValid).toBe(false)
    expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(error.message).toContain("error_code -1")
    expect(error.message).not.toContain("wrong-secret")
    expect(error.message).not.toContain(fake.calls[0].auth)
  })

  it("is refused when its clock is more than 5 minutes off", async () => {
    const sixMinutesAgo = () => new Date(Date.now() - 6 * 60 * 1000)
    await expect(api({ now: sixMinutesAgo }).paymentStatus("4321")).rejects.toThrow("error_code -1")
    expect(fake.calls[0].authValid).toBe(false)
  })

  it("reports a wrong base URL (a 404 that is not a Click answer) as unreachable", async () => {
    const error = await rejectionOf(api({ baseUrl: fake.url.replace("/v2/merchant", "/v1") }).paymentStatus("4321"))
    expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(error.message).toMatch(/^Click Merchant API unreachable: .*HTTP 404/)
  })
})

describe("ClickMerchantApi when Click cannot be reached", () => {
  it("reports a refused connection as UNEXPECTED_STATE unreachable", async () => {
    const { url, server } = await startRawServer()
    await closeRaw(server)
    const error = await rejectionOf(new ClickMerchantApi({ baseUrl: url, ...credentials }).reversePayment("1"))
    expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(error.message).toMatch(/^Click Merchant API unreachable: DELETE payment\/reversal\/12345\/1: .*ECONNREFUSED/)
  })

  it("gives up after timeoutMs", async () => {
    const { url, server } = await startRawServer()
    try {
      const started = Date.now()
      const api = new ClickMerchantApi({ baseUrl: url, ...credentials, timeoutMs: 100 })
      const error = await rejectionOf(api.paymentStatus("1"))
      expect(error.message).toBe("Click Merchant API unreachable: GET payment/status/12345/1: no answer within 100 ms")
      expect(Date.now() - started).toBeLessThan(2000)
    } finally {
      await closeRaw(server)
    }
  })

  it("reports an answer that is not JSON as unreachable", async () => {
    const { url, server } = await startRawServer({ status: 502, body: "<html>Bad Gateway</html>" })
    try {
      const error = await rejectionOf(new ClickMerchantApi({ baseUrl: url, ...credentials }).paymentStatus("1"))
      expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
      expect(error.message).toBe(
        "Click Merchant API unreachable: GET payment/status/12345/1: HTTP 502 without a Click JSON answer"
      )
    } finally {
      await closeRaw(server)
    }
  })
})
