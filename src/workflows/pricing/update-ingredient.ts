import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateIngredientStep, type IngredientInput } from "./steps/ingredient-steps"

/** A new cost applies to predictions from now on; logged predictions keep the vectors they were made with. */
export const updateIngredientWorkflow = createWorkflow("update-ingredient", (input: Partial<IngredientInput> & { id: string }) =>
  new WorkflowResponse(updateIngredientStep(input))
)
