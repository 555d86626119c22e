import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertBakerMayEditStep } from "./steps/assert-baker-may-edit"

export type DeleteBakerProductWorkflowInput = { bakery_id: string; id: string }

/** Deletes a baker's own product; Medusa's workflow also removes its bakery link, variants and inventory items. */
export const deleteBakerProductWorkflow = createWorkflow(
  "delete-baker-product",
  (input: DeleteBakerProductWorkflowInput) => {
    assertBakerMayEditStep({ bakery_id: input.bakery_id, product_id: input.id })
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteProductsWorkflow.runAsStep({ input: { ids } })
    return new WorkflowResponse({ id: input.id })
  }
)
