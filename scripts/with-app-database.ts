/*
 * Runs one Medusa command against the app's database, starting the embedded PostgreSQL for it when DATABASE_URL
 * is unset: `npm run dev`, `npm run migrate`, `npm run seed`. Stops the embedded server when the command ends.
 */
import { readEnv } from "../src/config/env"
import { provideAppDatabase } from "./lib/database"
import { localSecrets } from "./lib/local-state"
import { runMedusa } from "./lib/processes"

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  if (!args.length) throw new Error("usage: with-app-database <medusa command> [args...]")
  const env = readEnv()
  const { url, server } = await provideAppDatabase(env)
  const secrets = process.env.JWT_SECRET && process.env.COOKIE_SECRET ? {} : localSecrets()
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined)
  try {
    await runMedusa(args, { env: { ...process.env, ...secrets, DATABASE_URL: url, FILE_UPLOAD_DIR: env.FILE_UPLOAD_DIR }, foreground: true })
    return 0
  } catch (error) {
    console.error(`[dasturxon] ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await server.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[dasturxon] ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
)
