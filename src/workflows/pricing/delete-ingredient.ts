import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteIngredientStep } from "./steps/ingredient-steps"

/** Soft delete: cakes can no longer list it, and logged predictions are not affected. */
export const deleteIngredientWorkflow = createWorkflow("delete-ingredient", (input: { id: string }) =>
  new WorkflowResponse(deleteIngredientStep(input))
)
