import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { assertBakerMayEditStep } from "./steps/assert-baker-may-edit"
import { resolveBakeryStockLocationStep } from "./steps/resolve-bakery-stock-location"
import { resolveVariantStockStep } from "./steps/resolve-variant-stock"

export type SetBakerVariantStockWorkflowInput = {
  bakery_id: string
  product_id: string
  variant_id: string
  quantity: number
}

/** Sets how many of a variant the bakery has in stock at its location (an absolute count, not a change). */
export const setBakerVariantStockWorkflow = createWorkflow(
  "set-baker-variant-stock",
  (input: SetBakerVariantStockWorkflowInput) => {
    const variantIds = transform({ input }, ({ input }) => [input.variant_id])
    assertBakerMayEditStep({ bakery_id: input.bakery_id, product_id: input.product_id, variant_ids: variantIds })
    const locationId = resolveBakeryStockLocationStep({ bakery_id: input.bakery_id })
    const stock = resolveVariantStockStep({ variant_id: input.variant_id, location_id: locationId })

    const batch = transform({ input, stock, locationId }, ({ input, stock, locationId }) => {
      const level = { inventory_item_id: stock.inventory_item_id, location_id: locationId, stocked_quantity: input.quantity }
      return stock.level_exists ? { update: [level] } : { create: [level] }
    })
    batchInventoryItemLevelsWorkflow.runAsStep({ input: batch })

    return new WorkflowResponse(
      transform({ input, stock, locationId }, ({ input, stock, locationId }) => ({
        inventory_item_id: stock.inventory_item_id,
        location_id: locationId,
        stocked_quantity: input.quantity,
      }))
    )
  }
)
