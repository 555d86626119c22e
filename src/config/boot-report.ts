/*
 * medusa-config.ts is evaluated by every Medusa command (and more than once by some), so the plan is logged
 * once per process. console is used because Medusa's logger is not built yet when the config loads.
 */
let reported = false

export function reportBootPlan(lines: string[]): void {
  if (reported || process.env.DASTURXON_QUIET_CONFIG === "true") return
  reported = true
  for (const line of lines) console.info(`[dasturxon] ${line}`)
}
