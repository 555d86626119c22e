import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_PRICING_MODULE } from "../../../modules/cake-pricing"
import type { CakeFeatures } from "../../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../../modules/cake-pricing/service"
import { priceCakeSizes, type CakePrice } from "../price-cake"
import { retrievePricedVariant, uzsPriceOf } from "../priced-variant"
import { loadPricingContext } from "../pricing-context"

export type PriceAndLogInput = {
  features: CakeFeatures
  sizes_cm: number[]
  /** Where the suggestion is asked for: admin, custom_cake, variant. */
  context: string
  product_variant_id?: string | null
}

export type LoggedPrice = CakePrice & { prediction_id: string }

/** Prices the cake per size and logs every suggestion, so the final price staff set can be compared later. */
export const priceAndLogStep = createStep(
  "price-and-log",
  async (input: PriceAndLogInput, { container }) => {
    const variantPriceBefore = input.product_variant_id
      ? uzsPriceOf(await retrievePricedVariant(container.resolve(ContainerRegistrationKeys.QUERY), input.product_variant_id))
      : null
    const prices = priceCakeSizes(input.features, input.sizes_cm, await loadPricingContext(container))
    const logged = await container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).createPricePredictions(
      prices.map((price) => ({
        features: price.features as unknown as Record<string, unknown>,
        vector: price.vector as unknown as Record<string, unknown>,
        predicted_price: price.price,
        model_version_id: price.model_version_id,
        source: price.source,
        context: input.context,
        product_variant_id: input.product_variant_id ?? null,
        variant_price_before: variantPriceBefore,
        servings_party: price.servings.party,
        servings_wedding: price.servings.wedding,
      }))
    )
    const result: LoggedPrice[] = prices.map((price, index) => ({ ...price, prediction_id: logged[index].id }))
    return new StepResponse(result, logged.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).deletePricePredictions(ids)
  }
)
