import { acquireLockStep, createRemoteLinkStep, dismissRemoteLinkStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../modules/bakery"
import { validateProductBakeryStep, type ValidateProductBakeryInput } from "./steps/validate-product-bakery"

export type SetProductBakeryWorkflowInput = ValidateProductBakeryInput

const productBakeryLink = (productId: string, bakeryId: string) => ({
  [BAKERY_MODULE]: { bakery_id: bakeryId },
  [Modules.PRODUCT]: { product_id: productId },
})

/**
 * Makes `bakery_id` the product's only seller, or the store itself with null. The product is locked for the run so
 * two concurrent changes cannot leave it with two bakeries.
 */
export const setProductBakeryWorkflow = createWorkflow("set-product-bakery", (input: SetProductBakeryWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `product-bakery:${input.product_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const currentBakeryIds = validateProductBakeryStep(input)
  const changes = transform({ input, currentBakeryIds }, ({ input, currentBakeryIds }) => ({
    dismiss: currentBakeryIds
      .filter((bakeryId) => bakeryId !== input.bakery_id)
      .map((bakeryId) => productBakeryLink(input.product_id, bakeryId)),
    create:
      input.bakery_id && !currentBakeryIds.includes(input.bakery_id) ? [productBakeryLink(input.product_id, input.bakery_id)] : [],
  }))
  dismissRemoteLinkStep(changes.dismiss)
  createRemoteLinkStep(changes.create)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(void 0)
})
