import { checkReadiness } from "../readiness"

const up = () => Promise.resolve("PONG")
const down = () => Promise.reject(new Error("connection refused"))

describe("checkReadiness", () => {
  it("is ready when the database answers and Redis is not configured", async () => {
    await expect(checkReadiness({ database: up, version: "1.2.3" })).resolves.toEqual({
      status: "ready",
      database: "up",
      redis: "not_configured",
      version: "1.2.3",
    })
  })

  it("is unavailable when the database is down", async () => {
    await expect(checkReadiness({ database: down, redis: up, version: "1" })).resolves.toMatchObject({
      status: "unavailable",
      database: "down",
      redis: "up",
    })
  })

  it("is unavailable when a configured Redis is down", async () => {
    await expect(checkReadiness({ database: up, redis: down, version: "1" })).resolves.toMatchObject({
      status: "unavailable",
      database: "up",
      redis: "down",
    })
  })

  it("reports a probe that hangs as down instead of hanging itself", async () => {
    jest.useFakeTimers()
    try {
      const report = checkReadiness({ database: () => new Promise(() => undefined), version: "1" })
      await jest.advanceTimersByTimeAsync(2001)
      await expect(report).resolves.toMatchObject({ status: "unavailable", database: "down" })
    } finally {
      jest.useRealTimers()
    }
  })
})
