import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import type { Env } from "../../src/config/env"
import { startEmbeddedPostgres } from "./embedded-postgres"
import { log } from "./processes"

export type ServerAddress = { host: string; port: number; user: string; password: string }

export type ProvidedServer = ServerAddress & { embedded: boolean; stop(): Promise<void> }

export function urlFor(server: ServerAddress, database: string): string {
  const auth = server.password ? `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}` : encodeURIComponent(server.user)
  return `postgres://${auth}@${server.host}:${server.port}/${database}`
}

export function parseDatabaseUrl(url: string): ServerAddress & { database: string } {
  const parsed = new URL(url)
  return {
    // @medusajs/test-utils turns on SSL for any host that does not contain "localhost".
    host: parsed.hostname === "127.0.0.1" ? "localhost" : parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, "") || "postgres",
  }
}

export async function canConnect(server: ServerAddress): Promise<boolean> {
  const client = new Client({ ...server, database: "postgres", connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function createDatabaseIfMissing(server: ServerAddress, database: string): Promise<boolean> {
  const client = new Client({ ...server, database: "postgres", connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (rowCount) return false
    await client.query(`create database ${client.escapeIdentifier(database)}`)
    return true
  } finally {
    await client.end()
  }
}

export async function dropDatabase(server: ServerAddress, database: string): Promise<void> {
  const client = new Client({ ...server, database: "postgres", connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`)
  } finally {
    await client.end()
  }
}

/** The app's database: DATABASE_URL when set, otherwise the embedded server with its data under .data/postgres. */
export async function provideAppDatabase(env: Env): Promise<{ url: string; server: ProvidedServer }> {
  if (env.DATABASE_URL) {
    const { database, ...address } = parseDatabaseUrl(env.DATABASE_URL)
    if (!(await canConnect(address))) {
      throw new Error(`Cannot connect to the PostgreSQL in DATABASE_URL (${address.host}:${address.port}). Unset DATABASE_URL to use the embedded one.`)
    }
    if (await createDatabaseIfMissing(address, database)) log(`created database ${database}`)
    return { url: env.DATABASE_URL, server: { ...address, embedded: false, stop: async () => undefined } }
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.EMBEDDED_PG_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    password: env.EMBEDDED_PG_PASSWORD,
    persistent: true,
  })
  log(`embedded PostgreSQL running on localhost:${embedded.port} (data in ${path.relative(process.cwd(), env.EMBEDDED_PG_DATA_DIR)})`)
  if (await createDatabaseIfMissing(embedded, env.DB_NAME)) log(`created database ${env.DB_NAME}`)
  return { url: urlFor(embedded, env.DB_NAME), server: { ...embedded, embedded: true } }
}

/**
 * The tests' server: DATABASE_URL's server (or else DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, default localhost:5432)
 * when it answers, otherwise a throwaway embedded server. Test runners create and drop their own databases on it.
 */
export async function provideTestServer(env: Env): Promise<ProvidedServer> {
  const configured: ServerAddress = env.DATABASE_URL
    ? parseDatabaseUrl(env.DATABASE_URL)
    : { host: env.DB_HOST, port: env.DB_PORT, user: env.DB_USERNAME, password: env.DB_PASSWORD }
  const address = { host: configured.host, port: configured.port, user: configured.user, password: configured.password }
  if (await canConnect(address)) {
    log(`tests use the PostgreSQL at ${address.host}:${address.port}`)
    return { ...address, embedded: false, stop: async () => undefined }
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dasturxon-test-pg-"))
  fs.chmodSync(dataDir, 0o755)
  log(`no PostgreSQL at ${address.host}:${address.port}; starting a throwaway embedded one on port ${env.EMBEDDED_PG_TEST_PORT}`)
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "data"),
    port: env.EMBEDDED_PG_TEST_PORT,
    password: env.EMBEDDED_PG_PASSWORD,
    persistent: false,
  })
  return {
    ...embedded,
    embedded: true,
    async stop() {
      await embedded.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
