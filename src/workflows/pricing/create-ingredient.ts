import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createIngredientStep, type IngredientInput } from "./steps/ingredient-steps"

/** Staff keep the ingredient price list; a cake's ingredient cost is derived from it at prediction time. */
export const createIngredientWorkflow = createWorkflow("create-ingredient", (input: IngredientInput) =>
  new WorkflowResponse(createIngredientStep(input))
)
