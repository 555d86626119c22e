import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules, toHandle } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { BAKERY_MODULE } from "../../modules/bakery"
import type { BakerProductInput } from "./baker-product-input"
import { assertBakerMayEditStep } from "./steps/assert-baker-may-edit"
import { resolveBakeryStockLocationStep } from "./steps/resolve-bakery-stock-location"
import { resolveStoreSellingContextStep } from "./steps/resolve-store-selling-context"

export type CreateBakerProductWorkflowInput = { bakery_id: string; product: BakerProductInput }

type VariantWithInventory = { id: string; title: string; inventory_items?: { inventory_item_id: string }[] }

/**
 * Creates a product for a baker's bakery: published in the Telegram and Web channels, linked to the bakery, and
 * stocked at the bakery's location with each variant's initial quantity.
 */
export const createBakerProductWorkflow = createWorkflow(
  "create-baker-product",
  (input: CreateBakerProductWorkflowInput) => {
    const bakery = assertBakerMayEditStep({ bakery_id: input.bakery_id })
    const locationId = resolveBakeryStockLocationStep({ bakery_id: input.bakery_id })
    const selling = resolveStoreSellingContextStep()

    // Handles are unique across the store, and every bakery sells a "Medovik": the bakery's handle keeps them apart.
    const productData = transform({ input, selling, bakery }, ({ input, selling, bakery }): CreateProductWorkflowInputDTO[] => [
      {
        ...input.product,
        handle: input.product.handle ?? toHandle(`${bakery.handle} ${input.product.title}`),
        variants: input.product.variants.map(({ stock: _stock, ...variant }) => variant),
        sales_channels: selling.sales_channel_ids.map((id) => ({ id })),
        shipping_profile_id: selling.shipping_profile_id,
      },
    ])
    const products = createProductsWorkflow.runAsStep({ input: { products: productData } })
    const product = transform({ products }, ({ products }) => products[0])

    const link = transform({ input, product }, ({ input, product }) => [
      { [BAKERY_MODULE]: { bakery_id: input.bakery_id }, [Modules.PRODUCT]: { product_id: product.id } },
    ])
    createRemoteLinkStep(link)

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: { product_id: product.id },
    }).config({ name: "query-baker-product-variants" })
    const levels = transform({ input, variants, locationId }, ({ input, variants, locationId }) => {
      const stockByTitle = new Map(input.product.variants.map((variant) => [variant.title, variant.stock]))
      return (variants as VariantWithInventory[]).flatMap((variant) =>
        (variant.inventory_items ?? []).map(({ inventory_item_id }) => ({
          inventory_item_id,
          location_id: locationId,
          stocked_quantity: stockByTitle.get(variant.title) ?? 0,
        }))
      )
    })
    when({ levels }, ({ levels }) => levels.length > 0).then(() => {
      createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })
    })

    return new WorkflowResponse(product)
  }
)
