/*
 * `npm start`: one command from a fresh clone to a running shop. Provides the database (embedded PostgreSQL when
 * DATABASE_URL is unset), migrates, seeds once, creates the admin user, builds when the sources changed, starts
 * Medusa and prints where everything is. Ctrl-C stops Medusa first, then the embedded database.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { backendUrl, readEnv, type Env } from "../src/config/env"
import { redactUrl } from "../src/config/modules"
import { SEED_VERSION } from "../src/scripts/seed/version"
import { adminUserExists, publishableKeys, seedVersionIn } from "./lib/app-queries"
import { provideAppDatabase, type ProvidedServer } from "./lib/database"
import { fingerprint } from "./lib/fingerprint"
import { DATA_DIR, localSecrets, migratedFingerprint, rememberMigrated, writeRuntimeInfo } from "./lib/local-state"
import { log, medusaBin, PROJECT_ROOT, runMedusa, waitFor } from "./lib/processes"

const BUILD_DIR = path.join(PROJECT_ROOT, ".medusa", "server")
const BUILD_STAMP = path.join(BUILD_DIR, ".dasturxon-build")
const MIGRATION_INPUTS = ["package-lock.json", "medusa-config.ts", "src/modules", "src/links"]
const BUILD_INPUTS = ["package-lock.json", "medusa-config.ts", "tsconfig.json", "src"]

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const result = await work()
  log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return result
}

async function migrate(childEnv: NodeJS.ProcessEnv, databaseUrl: string): Promise<void> {
  const current = fingerprint(MIGRATION_INPUTS)
  if (migratedFingerprint(databaseUrl) === current) return log("database schema is up to date")
  await timed("migrations applied", () =>
    runMedusa(["db:migrate"], { env: childEnv, logFile: path.join(DATA_DIR, "logs", "migrate.log") })
  )
  rememberMigrated(databaseUrl, current)
}

async function bootstrap(childEnv: NodeJS.ProcessEnv, env: Env, databaseUrl: string): Promise<void> {
  const seeded = (await seedVersionIn(databaseUrl)) === SEED_VERSION
  const hasAdmin = await adminUserExists(databaseUrl, env.ADMIN_EMAIL)
  if (seeded && hasAdmin) return log("demo data and admin user already in place")
  await timed(`${seeded ? "" : "seeded the demo store, "}ensured the admin user`, () =>
    runMedusa(["exec", "./src/scripts/bootstrap.ts"], { env: childEnv, logFile: path.join(DATA_DIR, "logs", "bootstrap.log") })
  )
}

async function build(childEnv: NodeJS.ProcessEnv): Promise<void> {
  const current = fingerprint(BUILD_INPUTS)
  const built = fs.existsSync(BUILD_STAMP) ? fs.readFileSync(BUILD_STAMP, "utf8") : undefined
  if (built === current) return log("build is up to date")
  await timed("built the server and the admin", () =>
    runMedusa(["build"], { env: childEnv, logFile: path.join(DATA_DIR, "logs", "build.log") })
  )
  fs.writeFileSync(BUILD_STAMP, current)
}

/** `medusa build` wipes .medusa/server; uploaded files live in ./static, which the built server serves as /static. */
function linkUploads(env: Env): void {
  fs.mkdirSync(env.FILE_UPLOAD_DIR, { recursive: true })
  const link = path.join(BUILD_DIR, "static")
  if (fs.existsSync(link)) fs.rmSync(link, { recursive: true, force: true })
  fs.symlinkSync(env.FILE_UPLOAD_DIR, link)
}

function startServer(childEnv: NodeJS.ProcessEnv): ChildProcess {
  // Same process group as this launcher: a Ctrl-C or a closed terminal reaches Medusa directly as well.
  return spawn(medusaBin(), ["start"], { cwd: BUILD_DIR, env: childEnv, stdio: "inherit" })
}

async function printWelcome(env: Env, databaseUrl: string): Promise<void> {
  const url = backendUrl(env)
  const keys = await publishableKeys(databaseUrl)
  writeRuntimeInfo({ backendUrl: url, publishableKeys: keys })
  const titleWidth = Math.max(0, ...keys.map((key) => key.title.length))
  const usingDefaults = !process.env.ADMIN_EMAIL && !process.env.ADMIN_PASSWORD
  const lines = [
    "",
    "Dasturxon is running.",
    `  Admin:      ${url}/app`,
    `  Admin login ${env.ADMIN_EMAIL}${usingDefaults ? ` / ${env.ADMIN_PASSWORD}  (defaults for local use only: set ADMIN_EMAIL and ADMIN_PASSWORD)` : ""}`,
    `  Store API:  ${url}/store   (send the header x-publishable-api-key)`,
    ...keys.map((key) => `    ${key.title.padEnd(titleWidth)}  ${key.token}`),
    `  Readiness:  ${url}/health/ready`,
    `  Database:   ${redactUrl(databaseUrl)}`,
    "Press Ctrl-C to stop.",
    "",
  ]
  console.log(lines.join("\n"))
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

/**
 * Medusa shuts down gracefully on SIGINT or SIGTERM. A terminal's Ctrl-C has already sent it SIGINT, so it gets a
 * moment to stop on its own before SIGTERM (a signal sent to this launcher alone), and SIGKILL if it hangs.
 */
function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (exited(server)) return resolve()
    const timers = [
      setTimeout(() => exited(server) || server.kill("SIGTERM"), 2_000),
      setTimeout(() => exited(server) || server.kill("SIGKILL"), 20_000),
    ]
    server.once("exit", () => {
      timers.forEach(clearTimeout)
      resolve()
    })
  })
}

async function main(): Promise<void> {
  const env = readEnv()
  const secrets = process.env.JWT_SECRET && process.env.COOKIE_SECRET ? {} : localSecrets()
  let database: ProvidedServer | undefined
  let server: ChildProcess | undefined
  let stopping = false

  const shutdown = async (exitCode: number) => {
    if (stopping) return
    stopping = true
    if (server) await stopServer(server)
    if (database?.embedded) log("stopping the embedded PostgreSQL")
    await database?.stop()
    process.exit(exitCode)
  }
  // After a closed terminal, writing to it fails; that must not stop the shutdown below.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined)
  // SIGHUP too: a closed terminal must not leave the embedded PostgreSQL running (it only reloads on SIGHUP).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0))

  try {
    const provided = await timed("database ready", () => provideAppDatabase(env))
    database = provided.server
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...secrets,
      DATABASE_URL: provided.url,
      FILE_UPLOAD_DIR: env.FILE_UPLOAD_DIR,
      LOG_LEVEL: env.LOG_LEVEL,
      MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY ?? "true",
    }
    await migrate(childEnv, provided.url)
    await bootstrap(childEnv, env, provided.url)
    await build(childEnv)
    linkUploads(env)

    server = startServer({ ...childEnv, NODE_ENV: process.env.NODE_ENV ?? "production", PORT: String(env.PORT) })
    server.once("exit", (code) => {
      if (!stopping) {
        log(`Medusa exited (code ${code})`)
        void shutdown(code || 1)
      }
    })
    await waitFor("Medusa to answer /health", async () => ((await fetch(`http://localhost:${env.PORT}/health`)).ok ? true : undefined), 120_000)
    await printWelcome(env, provided.url)
  } catch (error) {
    console.error(`[dasturxon] ${error instanceof Error ? error.message : String(error)}`)
    await shutdown(1)
  }
}

void main()
