import type { BaselineSettings } from "../modules/cake-pricing/domain"
import type { Env } from "./env"

/** The baseline's parameters, from the environment (validated in env.ts). */
export function baselineSettings(env: Env): BaselineSettings {
  return {
    labor_rate_per_hour: env.PRICING_LABOR_RATE_PER_HOUR,
    markup: env.PRICING_MARKUP,
    complexity_surcharge: env.PRICING_COMPLEXITY_SURCHARGE,
    rush_surcharge: env.PRICING_RUSH_SURCHARGE,
    round_to: env.PRICING_ROUND_TO,
  }
}
