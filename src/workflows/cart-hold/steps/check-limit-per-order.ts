import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CartHoldErrorCodes } from "../../../modules/cart-hold/error-codes"
import { limitPerOrderOf } from "../../../modules/cart-hold/limit-per-order"
import type { VariantQuantity } from "../cart-quantities"

/**
 * The cart, as it will be after the change, asks for no more of a product (all its variants together) than the
 * product's `limit_per_order` metadata allows; 409 LIMIT_PER_ORDER names the limit otherwise.
 */
export const checkLimitPerOrderStep = createStep("check-limit-per-order", async (quantities: VariantQuantity[], { container }) => {
  const wanted = quantities.filter((line) => line.quantity > 0)
  if (!wanted.length) return new StepResponse(undefined)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product.id", "product.title", "product.metadata"], filters: { id: wanted.map((line) => line.variant_id) } })
  const perProduct = new Map<string, { title: string; limit: number | null; quantity: number }>()
  for (const line of wanted) {
    const product = variants.find((variant) => variant.id === line.variant_id)?.product
    if (!product) continue
    const entry = perProduct.get(product.id) ?? { title: product.title, limit: limitPerOrderOf(product.metadata), quantity: 0 }
    entry.quantity += line.quantity
    perProduct.set(product.id, entry)
  }
  for (const { title, limit, quantity } of perProduct.values()) {
    if (limit !== null && quantity > limit) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `One order may hold at most ${limit} of ${title} (this cart would hold ${quantity}); lower the quantity.`,
        CartHoldErrorCodes.LIMIT_PER_ORDER
      )
    }
  }
  return new StepResponse(undefined)
})
