import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CAKE_PRICING_MODULE } from "../../../../modules/cake-pricing"
import type CakePricingModuleService from "../../../../modules/cake-pricing/service"
import { createIngredientWorkflow } from "../../../../workflows/pricing/create-ingredient"
import type { AdminCreateIngredientType, AdminListIngredientsQueryType } from "../validators"
import { ingredientView } from "./view"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListIngredientsQueryType>, res: MedusaResponse) => {
  const { q, limit, offset } = req.validatedQuery
  const [ingredients, count] = await req.scope
    .resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
    .listAndCountIngredients(q ? { q } : {}, { take: limit, skip: offset, order: { name: "ASC" } })
  res.json({ ingredients: ingredients.map(ingredientView), count, limit, offset })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateIngredientType>, res: MedusaResponse) => {
  const { result } = await createIngredientWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ ingredient: ingredientView(result) })
}
