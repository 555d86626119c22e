import { CAKE_PRICING_MODULE } from "../../modules/cake-pricing"
import { DEMO_INGREDIENTS } from "../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../modules/cake-pricing/service"
import { trainPricingModelWorkflow } from "../../workflows/pricing/train-pricing-model"
import { missingFrom, type SeedContext } from "./context"

/**
 * The demo ingredient price list (the generated training data refers to these ids) and, on a fresh install, a first
 * model trained on generated data, so suggestions come from a trained model from day one.
 */
export async function ensurePricing(ctx: SeedContext): Promise<void> {
  const pricing = ctx.container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
  const existing = await pricing.listIngredients({ id: DEMO_INGREDIENTS.map((ingredient) => ingredient.id) }, { withDeleted: true, take: null })
  const missing = missingFrom(
    DEMO_INGREDIENTS.map((ingredient) => ingredient.id),
    existing.map((ingredient) => ingredient.id)
  )
  if (missing.length) {
    await pricing.createIngredients(
      DEMO_INGREDIENTS.filter((ingredient) => missing.includes(ingredient.id)).map(({ id, name, unit, cost_per_unit, allergens }) => ({
        id,
        name,
        unit,
        cost_per_unit,
        allergens,
      }))
    )
  }
  ctx.tally.record("ingredients", DEMO_INGREDIENTS.length, missing.length)

  const [, versionCount] = await pricing.listAndCountPricingModelVersions({}, { take: 1 })
  if (!versionCount) await trainPricingModelWorkflow(ctx.container).run({ input: {} })
  ctx.tally.record("pricingModels", 1, versionCount ? 0 : 1)
}
