import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { PROJECT_ROOT } from "./processes"

const SKIPPED = new Set(["node_modules", ".medusa", ".data", "__tests__", ".git"])

function listFiles(entry: string): string[] {
  const full = path.join(PROJECT_ROOT, entry)
  if (!fs.existsSync(full)) return []
  if (fs.statSync(full).isFile()) return [entry]
  return fs
    .readdirSync(full)
    .filter((name) => !SKIPPED.has(name))
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

/** A hash of the named files and folders' contents, to tell whether a build or migration is stale. */
export function fingerprint(entries: string[]): string {
  const hash = crypto.createHash("sha256")
  for (const file of entries.flatMap(listFiles)) {
    hash.update(file).update("\0").update(fs.readFileSync(path.join(PROJECT_ROOT, file))).update("\0")
  }
  return hash.digest("hex")
}
