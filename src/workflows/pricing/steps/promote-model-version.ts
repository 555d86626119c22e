import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_PRICING_MODULE } from "../../../modules/cake-pricing"
import type CakePricingModuleService from "../../../modules/cake-pricing/service"

type Promotion = { promoted_id: string; retired_id: string | null }

/** Makes the version the one that answers; the previously active one is retired (at most one ACTIVE, by index). */
export const promoteModelVersionStep = createStep(
  "promote-model-version",
  async (input: { id: string }, { container }) => {
    const pricing = container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
    const [active] = await pricing.listPricingModelVersions({ status: "ACTIVE" }, { take: 1 })
    if (active) await pricing.updatePricingModelVersions({ id: active.id, status: "RETIRED" })
    await pricing.updatePricingModelVersions({ id: input.id, status: "ACTIVE", promoted_at: new Date() })
    return new StepResponse<void, Promotion>(undefined, { promoted_id: input.id, retired_id: active?.id ?? null })
  },
  async (promotion, { container }) => {
    if (!promotion) return
    const pricing = container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
    await pricing.updatePricingModelVersions({ id: promotion.promoted_id, status: "CANDIDATE", promoted_at: null })
    if (promotion.retired_id) await pricing.updatePricingModelVersions({ id: promotion.retired_id, status: "ACTIVE" })
  }
)
