import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { PROJECT_ROOT } from "./processes"

/*
 * Small facts the launcher keeps between runs under .data/ (never committed): generated secrets, which database
 * was migrated with which code, and what the running server printed (the benchmark reads it).
 */
export const DATA_DIR = path.join(PROJECT_ROOT, ".data")

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T
  } catch {
    return fallback
  }
}

function writeJson(file: string, value: unknown, mode = 0o644): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`, { mode })
}

type Secrets = { JWT_SECRET: string; COOKIE_SECRET: string }

/** JWT and cookie secrets for a server started without them: random once, then kept (mode 600). */
export function localSecrets(): Secrets {
  const file = path.join(DATA_DIR, "secrets.json")
  const existing = readJson<Partial<Secrets>>(file, {})
  if (existing.JWT_SECRET && existing.COOKIE_SECRET) return existing as Secrets
  const secrets = { JWT_SECRET: crypto.randomBytes(32).toString("hex"), COOKIE_SECRET: crypto.randomBytes(32).toString("hex") }
  writeJson(file, secrets, 0o600)
  return secrets
}

const MIGRATIONS_FILE = path.join(DATA_DIR, "migrations.json")

function databaseKey(databaseUrl: string): string {
  return crypto.createHash("sha256").update(databaseUrl).digest("hex").slice(0, 16)
}

export function migratedFingerprint(databaseUrl: string): string | undefined {
  return readJson<Record<string, string>>(MIGRATIONS_FILE, {})[databaseKey(databaseUrl)]
}

export function rememberMigrated(databaseUrl: string, fingerprint: string): void {
  const all = readJson<Record<string, string>>(MIGRATIONS_FILE, {})
  writeJson(MIGRATIONS_FILE, { ...all, [databaseKey(databaseUrl)]: fingerprint })
}

export type RuntimeInfo = { backendUrl: string; publishableKeys: { title: string; token: string }[] }

export const RUNTIME_FILE = path.join(DATA_DIR, "runtime.json")

export function writeRuntimeInfo(info: RuntimeInfo): void {
  writeJson(RUNTIME_FILE, info)
}

export function readRuntimeInfo(): RuntimeInfo | undefined {
  return readJson<RuntimeInfo | undefined>(RUNTIME_FILE, undefined)
}
