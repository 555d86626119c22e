import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRateLimiter, limitPerIp, openRateLimitRedis } from "../rate-limit"
import { closedPort } from "./closed-port"

type Answer = { status?: number; headers: Record<string, string>; body?: any; passed: boolean; error?: unknown }

async function send(middleware: ReturnType<typeof limitPerIp>, ip: string): Promise<Answer> {
  const answer: Answer = { headers: {}, passed: false }
  const res = {
    setHeader: (name: string, value: string) => (answer.headers[name] = value),
    status(code: number) {
      answer.status = code
      return this
    },
    json: (body: unknown) => (answer.body = body),
  }
  await middleware({ ip } as MedusaRequest, res as unknown as MedusaResponse, (error?: unknown) => {
    answer.passed = error === undefined
    answer.error = error
  })
  return answer
}

describe("limitPerIp", () => {
  it("lets the allowed number of requests through, then answers 429 RATE_LIMITED with Retry-After", async () => {
    const middleware = limitPerIp(createRateLimiter({ keyPrefix: "test-a", points: 2, durationSeconds: 3600 }), "Too many.")
    expect((await send(middleware, "10.0.0.1")).passed).toBe(true)
    expect((await send(middleware, "10.0.0.1")).passed).toBe(true)
    const refused = await send(middleware, "10.0.0.1")
    expect(refused.passed).toBe(false)
    expect(refused.status).toBe(429)
    expect(refused.body).toEqual({ type: "too_many_requests", code: "RATE_LIMITED", message: expect.stringMatching(/^Too many\. Try again in \d+ minutes\.$/) })
    expect(Number(refused.headers["Retry-After"])).toBeGreaterThan(3500)
    expect(Number(refused.headers["Retry-After"])).toBeLessThanOrEqual(3600)
  })

  it("counts each IP address on its own", async () => {
    const middleware = limitPerIp(createRateLimiter({ keyPrefix: "test-b", points: 1, durationSeconds: 60 }), "Too many.")
    expect((await send(middleware, "10.0.0.1")).passed).toBe(true)
    expect((await send(middleware, "10.0.0.1")).status).toBe(429)
    expect((await send(middleware, "10.0.0.2")).passed).toBe(true)
  })

  it("keeps limiting in memory while the configured Redis does not answer", async () => {
    const redis = openRateLimitRedis(`redis://127.0.0.1:${await closedPort()}`)
    try {
      const middleware = limitPerIp(createRateLimiter({ keyPrefix: "test-c", points: 1, durationSeconds: 60 }, redis), "Too many.")
      expect((await send(middleware, "10.0.0.1")).passed).toBe(true)
      expect((await send(middleware, "10.0.0.1")).status).toBe(429)
    } finally {
      redis.disconnect()
    }
  })
})
