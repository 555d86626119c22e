import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Price = { id: string; currency_code: string; amount: number }

/** The variant's whole price list with its UZS price replaced (Medusa replaces a variant's prices as a set). */
export const variantPricesWithUzsStep = createStep(
  "variant-prices-with-uzs",
  async (input: { product_variant_id: string; amount: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "prices.id", "prices.currency_code", "prices.amount"], filters: { id: input.product_variant_id } })
    const prices = ((data[0] as { prices?: Price[] } | undefined)?.prices ?? []).filter((price) => price.currency_code !== "uzs")
    return new StepResponse([...prices, { currency_code: "uzs", amount: input.amount }])
  }
)
