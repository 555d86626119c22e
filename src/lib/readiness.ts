export type DependencyState = "up" | "down" | "not_configured"

export type ReadinessReport = {
  status: "ready" | "unavailable"
  database: DependencyState
  redis: DependencyState
  version: string
}

type Probe = () => Promise<unknown>

const PROBE_TIMEOUT_MS = 2000

async function probeState(probe: Probe | undefined): Promise<DependencyState> {
  if (!probe) return "not_configured"
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("probe timed out")), PROBE_TIMEOUT_MS)
  })
  try {
    await Promise.race([probe(), timeout])
    return "up"
  } catch {
    return "down"
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Ready means every configured dependency answers: the database always, Redis when REDIS_URL is set (the event bus,
 * workflow engine and locks live there, so without it no order can be processed).
 */
export async function checkReadiness(probes: { database: Probe; redis?: Probe; version: string }): Promise<ReadinessReport> {
  const [database, redis] = await Promise.all([probeState(probes.database), probeState(probes.redis)])
  const ready = database === "up" && redis !== "down"
  return { status: ready ? "ready" : "unavailable", database, redis, version: probes.version }
}
