import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { trainPricingModelWorkflow } from "../workflows/pricing/train-pricing-model"

/** Weekly by default (PRICING_RETRAIN_SCHEDULE): learns from the prices staff set since the last training. */
export default async function retrainPricingModel(container: MedusaContainer) {
  const { result } = await trainPricingModelWorkflow(container).run({ input: {} })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Pricing model retrained (${result.real_count} staff prices, ${result.synthetic_count} generated): ${result.decision}`)
}

export const config = { name: "retrain-pricing-model", schedule: readEnv().PRICING_RETRAIN_SCHEDULE }
