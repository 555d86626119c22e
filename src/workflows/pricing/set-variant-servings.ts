import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SERVINGS_OVERRIDE_KEY } from "../../modules/cake-pricing/domain"
import { retrievePricedVariant } from "./priced-variant"

export type SetVariantServingsInput = { product_variant_id: string; servings: number | null }

const assertVariantExistsStep = createStep("assert-variant-exists", async (input: { id: string }, { container }) => {
  await retrievePricedVariant(container.resolve(ContainerRegistrationKeys.QUERY), input.id)
  return new StepResponse(input.id)
})

/**
 * Staff's own servings figure for a cake variant, shown instead of the estimate (null removes it). Kept in the
 * variant's metadata beside its size, where Medusa merges keys and drops one set to "".
 */
export const setVariantServingsWorkflow = createWorkflow("set-variant-servings", (input: SetVariantServingsInput) => {
  const id = assertVariantExistsStep({ id: input.product_variant_id })
  const updated = updateProductVariantsWorkflow.runAsStep({
    input: transform({ id, input }, ({ id, input }) => ({
      selector: { id },
      update: { metadata: { [SERVINGS_OVERRIDE_KEY]: input.servings ?? "" } },
    })),
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
