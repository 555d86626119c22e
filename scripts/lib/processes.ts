import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_BIN = path.join(PROJECT_ROOT, "node_modules", ".bin", "medusa")

export function log(message: string): void {
  console.log(`[dasturxon] ${message}`)
}

export class CommandError extends Error {
  constructor(readonly command: string, readonly exitCode: number | null, readonly logFile?: string) {
    super(`${command} failed with exit code ${exitCode}${logFile ? `; its output is in ${logFile}` : ""}`)
  }
}

type RunOptions = {
  env: NodeJS.ProcessEnv
  cwd?: string
  logFile?: string
  /**
   * For a long-running command in the foreground: Ctrl-C and a closed terminal reach it directly, so this process
   * only outlives it (to clean up after); a SIGTERM sent to this process alone is passed on.
   */
  foreground?: boolean
}

/**
 * Runs a command to completion. With `logFile` its output goes to that file (Medusa's migrations print thousands
 * of lines) and the last lines are shown only if it fails; otherwise it shares this terminal.
 */
export function run(command: string, args: string[], { env, cwd = PROJECT_ROOT, logFile, foreground }: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    let stdio: SpawnOptions["stdio"] = "inherit"
    let out: fs.WriteStream | undefined
    if (logFile) {
      fs.mkdirSync(path.dirname(logFile), { recursive: true })
      out = fs.createWriteStream(logFile)
      stdio = ["ignore", "pipe", "pipe"]
    }
    const child = spawn(command, args, { cwd, env, stdio })
    const passOnTerm = () => child.kill("SIGTERM")
    const outlive = () => undefined
    if (foreground) {
      process.on("SIGTERM", passOnTerm).on("SIGINT", outlive).on("SIGHUP", outlive)
      child.once("exit", () => process.off("SIGTERM", passOnTerm).off("SIGINT", outlive).off("SIGHUP", outlive))
    }
    child.stdout?.pipe(out!, { end: false })
    child.stderr?.pipe(out!, { end: false })
    child.on("error", reject)
    child.on("close", (code) => {
      out?.end()
      if (code === 0) return resolve()
      if (logFile) printTail(logFile)
      reject(new CommandError([command, ...args].join(" "), code, logFile))
    })
  })
}

export function runMedusa(args: string[], options: RunOptions): Promise<void> {
  return run(MEDUSA_BIN, args, options)
}

export function medusaBin(): string {
  return MEDUSA_BIN
}

function printTail(file: string, lines = 30): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : ""
  console.error(text.split("\n").slice(-lines).join("\n"))
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const value = await probe()
      if (value !== undefined) return value
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ""}`)
}

export type BackgroundProcess = { child: ChildProcess; stop(): Promise<void> }

/**
 * Starts a long-running command (a server) with its output in `logFile`. It stays in this process group, so a
 * Ctrl-C reaches it too; `stop()` asks it to end with SIGTERM and kills it if it has not after `graceMs`.
 */
export function startInBackground(
  command: string,
  args: string[],
  { env, cwd = PROJECT_ROOT, logFile, graceMs = 10_000 }: { env: NodeJS.ProcessEnv; cwd?: string; logFile: string; graceMs?: number }
): BackgroundProcess {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const out = fs.openSync(logFile, "w")
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill("SIGTERM")
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
      await exited
      clearTimeout(timer)
    },
  }
}

/** A TCP port on localhost that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject)
    probe.listen(0, "localhost", () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
