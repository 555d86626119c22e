import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { createDatabaseIfMissing, dropDatabase, urlFor, type ServerAddress } from "./database"
import { DATA_DIR } from "./local-state"
import { type BackgroundProcess, freePort, medusaBin, PROJECT_ROOT, runMedusa, startInBackground, waitFor } from "./processes"

/*
 * The browser layer's server: a fresh database on the tests' PostgreSQL, migrated and set up by
 * integration-tests/browser/setup.ts, served by the built app (.medusa/server) on a free port, stopped and dropped
 * afterwards. Its output goes to .data/logs/browser-*.log; the terminal sees it only when a step fails.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium"

const BUILD_DIR = path.join(PROJECT_ROOT, ".medusa", "server")
const LOGS = path.join(DATA_DIR, "logs")

/** The variables the browser specs read. */
export type BrowserEnv = {
  BROWSER_BASE_URL: string
  ADMIN_EMAIL: string
  ADMIN_PASSWORD: string
  CHROMIUM_PATH: string
  BROWSER_ARTIFACTS_DIR: string
}

export const chromiumInstalled = () => fs.existsSync(CHROMIUM_PATH)

export async function withBrowserServer<T>(server: ServerAddress, baseEnv: NodeJS.ProcessEnv, use: (env: BrowserEnv) => Promise<T>): Promise<T> {
  if (!fs.existsSync(path.join(BUILD_DIR, "public", "admin", "index.html"))) {
    throw new Error("there is no admin build in .medusa/server: run `npm test`, which builds, or `npx medusa build` first")
  }
  const database = `dasturxon_browser_${crypto.randomBytes(4).toString("hex")}`
  const port = await freePort()
  const admin = { ADMIN_EMAIL: "admin@browser-test.dasturxon.local", ADMIN_PASSWORD: crypto.randomBytes(12).toString("hex") }
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    ...admin,
    DATABASE_URL: urlFor(server, database),
    NODE_ENV: "production",
    PORT: String(port),
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    // a configured gateway, so the seeded region offers payment links (nothing is ever sent to Payme)
    PAYME_MERCHANT_ID: "browser-test-merchant",
    PAYME_KEY: crypto.randomBytes(20).toString("hex"),
  }
  await createDatabaseIfMissing(server, database)
  let medusa: BackgroundProcess | undefined
  try {
    await runMedusa(["db:migrate"], { env, logFile: path.join(LOGS, "browser-migrate.log") })
    await runMedusa(["exec", "./integration-tests/browser/setup.ts"], { env, logFile: path.join(LOGS, "browser-setup.log") })
    const serverLog = path.join(LOGS, "browser-server.log")
    // The server's log is read only after a failure, so it keeps Medusa's usual detail.
    const serverEnv = { ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? "info" }
    medusa = startInBackground(medusaBin(), ["start"], { env: serverEnv, cwd: BUILD_DIR, logFile: serverLog })
    const baseUrl = `http://localhost:${port}`
    const exited = new Promise<never>((_, reject) =>
      medusa!.child.once("exit", (code) => reject(new Error(`the built server exited (code ${code}); see ${serverLog}`)))
    )
    exited.catch(() => undefined)
    await Promise.race([waitFor("the built server to answer /health", async () => ((await fetch(`${baseUrl}/health`)).ok ? true : undefined), 120_000), exited])
    return await use({ ...admin, BROWSER_BASE_URL: baseUrl, CHROMIUM_PATH, BROWSER_ARTIFACTS_DIR: LOGS })
  } finally {
    await medusa?.stop()
    await dropDatabase(server, database)
  }
}
