import type { MedusaContainer } from "@medusajs/framework/types"
import { readEnv } from "../../config/env"
import { baselineSettings } from "../../config/pricing"
import { CAKE_PRICING_MODULE } from "../../modules/cake-pricing"
import { FEATURE_NAMES, type BaselineSettings, type IngredientPrice } from "../../modules/cake-pricing/domain"
import type { GbrtModel } from "../../modules/cake-pricing/gbrt"
import type CakePricingModuleService from "../../modules/cake-pricing/service"

export type ActiveModel = { id: string; model: GbrtModel }

/** What a prediction needs: the ingredient price list, the active model (if any) and the baseline's settings. */
export type PricingContext = { prices: IngredientPrice[]; active: ActiveModel | null; baseline: BaselineSettings }

export async function loadPricingContext(container: MedusaContainer): Promise<PricingContext> {
  const pricing = container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
  const [ingredients, [active]] = await Promise.all([
    pricing.listIngredients({}, { take: null }),
    pricing.listPricingModelVersions({ status: "ACTIVE" }, { take: 1 }),
  ])
  // A model trained on another feature list (an older schema) cannot read today's vectors: the baseline answers.
  const usable = active && (active.feature_names as string[]).join() === FEATURE_NAMES.join()
  return {
    prices: ingredients.map((ingredient) => ({
      id: ingredient.id,
      name: ingredient.name,
      unit: ingredient.unit,
      cost_per_unit: ingredient.cost_per_unit,
      allergens: ingredient.allergens as string[],
    })),
    active: usable ? { id: active.id, model: active.model as unknown as GbrtModel } : null,
    baseline: baselineSettings(readEnv()),
  }
}
