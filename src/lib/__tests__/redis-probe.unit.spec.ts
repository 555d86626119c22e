import { pingRedis } from "../redis-probe"
import { closedPort } from "./closed-port"

describe("pingRedis", () => {
  it("rejects at once, without queueing, when nothing listens at the URL", async () => {
    const port = await closedPort()
    await expect(pingRedis(`redis://127.0.0.1:${port}`)).rejects.toThrow()
    // The second call reuses the closed client and must reconnect instead of hanging.
    await expect(pingRedis(`redis://127.0.0.1:${port}`)).rejects.toThrow()
  })
})
