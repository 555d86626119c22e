import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrievePricedVariant } from "../priced-variant"

/** The variant's whole price list with its UZS price replaced (Medusa replaces a variant's prices as a set). */
export const variantPricesWithUzsStep = createStep(
  "variant-prices-with-uzs",
  async (input: { product_variant_id: string; amount: number }, { container }) => {
    const variant = await retrievePricedVariant(container.resolve(ContainerRegistrationKeys.QUERY), input.product_variant_id)
    const others = variant.prices.filter((price) => price.currency_code !== "uzs")
    return new StepResponse([...others, { currency_code: "uzs", amount: input.amount }])
  }
)
