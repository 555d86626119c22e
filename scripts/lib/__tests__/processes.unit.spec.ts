import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { freePort, startInBackground, waitFor } from "../processes"

describe("startInBackground", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dasturxon-processes-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  const startNode = (script: string, graceMs?: number) => {
    const logFile = path.join(dir, "out.log")
    const started = startInBackground(process.execPath, ["-e", script], { env: process.env, logFile, graceMs })
    const ready = () => waitFor("the child to start", async () => (fs.readFileSync(logFile, "utf8").includes("ready") ? true : undefined), 5_000)
    return { ...started, ready }
  }

  it("writes the output to the log file and stops the process with SIGTERM", async () => {
    const server = startNode('console.log("ready"); setInterval(() => {}, 1000)')
    await server.ready()
    await server.stop()
    expect(server.child.signalCode).toBe("SIGTERM")
  })

  it("kills a process that ignores SIGTERM once the grace period is over", async () => {
    const server = startNode('process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)', 200)
    await server.ready()
    await server.stop()
    expect(server.child.signalCode).toBe("SIGKILL")
  })
})

describe("freePort", () => {
  it("answers a port a server can listen on", async () => {
    const port = await freePort()
    const server = net.createServer()
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "localhost", resolve))
    await new Promise((resolve) => server.close(resolve))
    expect(port).toBeGreaterThan(0)
  })
})
