import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { BakerProductUpdate } from "./baker-product-input"
import { assertBakerMayEditStep } from "./steps/assert-baker-may-edit"

export type UpdateBakerProductWorkflowInput = { bakery_id: string; id: string; update: BakerProductUpdate }

/** Changes a baker's own product and the titles, SKUs and prices of its existing variants. */
export const updateBakerProductWorkflow = createWorkflow(
  "update-baker-product",
  (input: UpdateBakerProductWorkflowInput) => {
    const { productFields, variants, variantIds } = transform({ input }, ({ input }) => {
      const { variants = [], ...productFields } = input.update
      return { productFields, variants, variantIds: variants.map((variant) => variant.id) }
    })
    assertBakerMayEditStep({ bakery_id: input.bakery_id, product_id: input.id, variant_ids: variantIds })

    when({ productFields }, ({ productFields }) => Object.keys(productFields).length > 0).then(() => {
      updateProductsWorkflow.runAsStep({ input: { selector: { id: input.id }, update: productFields } })
    })
    when({ variants }, ({ variants }) => variants.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: variants } })
    })

    return new WorkflowResponse({ id: input.id })
  }
)
