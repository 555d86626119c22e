import net from "node:net"
import { pingRedis } from "../redis-probe"

/** A port on loopback that nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe("pingRedis", () => {
  it("rejects at once, without queueing, when nothing listens at the URL", async () => {
    const port = await closedPort()
    await expect(pingRedis(`redis://127.0.0.1:${port}`)).rejects.toThrow()
    // The second call reuses the closed client and must reconnect instead of hanging.
    await expect(pingRedis(`redis://127.0.0.1:${port}`)).rejects.toThrow()
  })
})
