import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteIngredientWorkflow } from "../../../../../workflows/pricing/delete-ingredient"
import { updateIngredientWorkflow } from "../../../../../workflows/pricing/update-ingredient"
import type { AdminUpdateIngredientType } from "../../validators"
import { ingredientView } from "../view"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateIngredientType>, res: MedusaResponse) => {
  const { result } = await updateIngredientWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ ingredient: ingredientView(result) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteIngredientWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "ingredient", deleted: true })
}
