/*
 * `npm test`: the quality gates (tsc --noEmit, medusa build) and the Jest layers (unit, module integration, HTTP
 * integration, browser) against one PostgreSQL: the configured one when it answers, otherwise a throwaway embedded one.
 * The browser layer drives the built admin with Debian's Chromium and is skipped when Chromium is not installed.
 * Ends with one summary line, `Tests: N passed, N failed, N skipped`, that CI reads.
 * `npm test -- unit http` runs only the named layers, without the gates.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { readEnv } from "../src/config/env"
import { CHROMIUM_PATH, chromiumInstalled, withBrowserServer } from "./lib/browser-server"
import { provideTestServer, type ProvidedServer } from "./lib/database"
import { log, PROJECT_ROOT, run, runMedusa } from "./lib/processes"

/*
 * `workers`: test files run at once. Unit and HTTP files run two at a time (one per core): an HTTP suite spends much
 * of its time waiting on PostgreSQL and its own subscribers, and each has a database and free ports of its own. The
 * browser layer shares one server and one admin, so its files run one after another.
 */
const LAYERS = {
  unit: { testType: "unit", needsDatabase: false, passWithNoTests: false, workers: 2 },
  modules: { testType: "integration:modules", needsDatabase: true, passWithNoTests: true, workers: 1 },
  http: { testType: "integration:http", needsDatabase: true, passWithNoTests: false, workers: 2 },
  browser: { testType: "browser", needsDatabase: true, passWithNoTests: false, workers: 1 },
} as const
type Layer = keyof typeof LAYERS

/** A test worker using more than this after a test file is replaced by a fresh one before the next file. */
const WORKER_MEMORY_LIMIT = "1536MB"

type Tally = { passed: number; failed: number; skipped: number }

const bin = (name: string) => path.join(PROJECT_ROOT, "node_modules", ".bin", name)

function parseLayers(args: string[]): Layer[] {
  const unknown = args.filter((arg) => !(arg in LAYERS))
  if (unknown.length) throw new Error(`Unknown test layer(s) ${unknown.join(", ")}; choose from ${Object.keys(LAYERS).join(", ")}`)
  return args.length ? (args as Layer[]) : (Object.keys(LAYERS) as Layer[])
}

async function runLayer(layer: Layer, env: NodeJS.ProcessEnv): Promise<Tally> {
  const { testType, passWithNoTests, workers } = LAYERS[layer]
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dasturxon-jest-")), "result.json")
  /*
   * Workers that Jest replaces once they hold more than the limit after a file: in one long-lived process the booted
   * apps of ~20 HTTP suites add up past Node's heap (it ran out at ~3.7 GB).
   */
  const pool = [`--maxWorkers=${workers}`, `--workerIdleMemoryLimit=${WORKER_MEMORY_LIMIT}`]
  const args = [...pool, "--forceExit", "--json", `--outputFile=${resultFile}`, ...(passWithNoTests ? ["--passWithNoTests"] : [])]
  log(`test layer: ${layer}`)
  const exit = await run(bin("jest"), args, { env: { ...env, TEST_TYPE: testType } }).then(
    () => 0,
    () => 1
  )
  if (!fs.existsSync(resultFile)) return { passed: 0, failed: 1, skipped: 0 }
  const result = JSON.parse(fs.readFileSync(resultFile, "utf8"))
  fs.rmSync(path.dirname(resultFile), { recursive: true, force: true })
  // A suite that cannot even load has no failed test, yet must fail the run.
  const brokenSuites = result.numRuntimeErrorTestSuites ?? 0
  const failed = result.numFailedTests + brokenSuites + (exit && !result.numFailedTests && !brokenSuites ? 1 : 0)
  return { passed: result.numPassedTests, failed, skipped: result.numPendingTests + result.numTodoTests }
}

/** The browser layer runs against a built server of its own; without Chromium it counts as one skipped test. */
async function runBrowserLayer(server: ProvidedServer, env: NodeJS.ProcessEnv): Promise<Tally> {
  if (!chromiumInstalled()) {
    log(`test layer: browser skipped: ${CHROMIUM_PATH} is not installed (apt-get install chromium)`)
    return { passed: 0, failed: 0, skipped: 1 }
  }
  const started = Date.now()
  const result = await withBrowserServer(server, env, (browserEnv) => runLayer("browser", { ...env, ...browserEnv })).catch(
    (error: unknown) => {
      log(`browser layer failed to start: ${error instanceof Error ? error.message : String(error)}`)
      return { passed: 0, failed: 1, skipped: 0 }
    }
  )
  log(`browser layer took ${((Date.now() - started) / 1000).toFixed(1)} s${result.failed ? "; its logs are in .data/logs/browser-*" : ""}`)
  return result
}

async function qualityGates(env: NodeJS.ProcessEnv): Promise<void> {
  log("gate: tsc --noEmit (app and scripts)")
  await run(bin("tsc"), ["--noEmit"], { env })
  await run(bin("tsc"), ["--noEmit", "-p", "scripts"], { env })
  log("gate: medusa build (server and admin)")
  await runMedusa(["build"], { env, logFile: path.join(PROJECT_ROOT, ".data", "logs", "test-build.log") })
}

async function main(): Promise<number> {
  const layers = parseLayers(process.argv.slice(2))
  const runGates = process.argv.length <= 2
  const env = readEnv()
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DASTURXON_QUIET_CONFIG: "true",
    // @medusajs/test-utils loads medusa-config through a dynamic import, which Jest's VM allows only with this flag.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
  }
  if (runGates) await qualityGates(baseEnv)

  /*
   * The seed uploads product images; tests keep them (and private files) out of the project's ./static and ./.data:
   * each Jest test file in a folder of its own under this one (integration-tests/setup.js), the browser layer's server
   * in its public/ and private/.
   */
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "dasturxon-test-uploads-"))
  const testEnv = {
    ...baseEnv,
    DASTURXON_TEST_UPLOAD_ROOT: uploadDir,
    FILE_UPLOAD_DIR: path.join(uploadDir, "public"),
    FILE_PRIVATE_UPLOAD_DIR: path.join(uploadDir, "private"),
  }

  let server: ProvidedServer | undefined
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 }
  try {
    for (const layer of layers) {
      if (LAYERS[layer].needsDatabase && !server) server = await provideTestServer(env)
      const databaseEnv = server
        ? { DB_HOST: server.host, DB_PORT: String(server.port), DB_USERNAME: server.user, DB_PASSWORD: server.password }
        : {}
      const result =
        layer === "browser" ? await runBrowserLayer(server!, testEnv) : await runLayer(layer, { ...testEnv, ...databaseEnv })
      tally.passed += result.passed
      tally.failed += result.failed
      tally.skipped += result.skipped
    }
  } finally {
    await server?.stop()
    fs.rmSync(uploadDir, { recursive: true, force: true })
  }
  console.log(`Tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`)
  return tally.failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[dasturxon] ${error instanceof Error ? error.message : String(error)}`)
    console.log("Tests: 0 passed, 1 failed, 0 skipped")
    process.exit(1)
  }
)
