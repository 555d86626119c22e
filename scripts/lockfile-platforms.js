#!/usr/bin/env node
/*
 * Adds lockfile entries for platform-specific optional packages that the npm registry mirror of this
 * workplace does not serve (e.g. @swc/core-darwin-arm64). Without them `npm ci` refuses the lockfile with
 * "Missing: <pkg> from lock file", although those packages would be skipped on Linux anyway.
 * Each entry carries the os/cpu/libc the package name declares, so npm skips it on other platforms and
 * installs it (from a full registry) on the platform it is for. Run after every `npm install`.
 */
const fs = require("node:fs")
const path = require("node:path")

const LOCKFILE = path.join(__dirname, "..", "package-lock.json")
const OS_NAMES = ["darwin", "linux", "win32", "android", "freebsd", "openbsd", "netbsd", "sunos", "aix", "openharmony"]
const CPU_ALIASES = {
  arm64: "arm64", aarch64: "arm64", x64: "x64", "x86_64": "x64", ia32: "ia32", i686: "ia32",
  arm: "arm", armv7: "arm", ppc64: "ppc64", ppc64le: "ppc64", s390x: "s390x", riscv64: "riscv64",
  loong64: "loong64", mips64el: "mips64el", wasm32: "wasm32",
}

function platformOf(name) {
  const parts = name.replace(/^@[^/]+\//, "").split(/[-_]/)
  const os = parts.find((p) => OS_NAMES.includes(p)) ?? (parts.includes("win") ? "win32" : undefined)
  const cpu = parts.map((p) => CPU_ALIASES[p]).find(Boolean)
  const libc = parts.includes("musl") || parts.includes("musleabihf") ? "musl" : parts.includes("gnu") || parts.includes("gnueabihf") ? "glibc" : undefined
  return { os, cpu, libc }
}

function findInstalled(packages, fromPath, name) {
  // Node resolution: walk up the nested node_modules folders from the dependent package.
  let dir = fromPath
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`
    if (packages[candidate]) return candidate
    if (!dir) return undefined
    const idx = dir.lastIndexOf("/node_modules/")
    dir = idx === -1 ? "" : dir.slice(0, idx)
  }
}

const lock = JSON.parse(fs.readFileSync(LOCKFILE, "utf8"))
const packages = lock.packages
let added = 0
for (const [location, meta] of Object.entries({ ...packages })) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    if (findInstalled(packages, location, name)) continue
    const { os, cpu, libc } = platformOf(name)
    if (!os && !cpu) continue // not a platform package: leave npm's own decision alone
    const target = packages[`node_modules/${name}`] ? `${location}/node_modules/${name}` : `node_modules/${name}`
    packages[target] = {
      version: spec.replace(/^[=^~]/, ""),
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(os ? { os: [os] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    }
    added++
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))))
fs.writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`lockfile-platforms: added ${added} platform entries`)
