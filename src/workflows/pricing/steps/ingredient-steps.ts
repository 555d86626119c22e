import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_PRICING_MODULE } from "../../../modules/cake-pricing"
import { PricingErrorCodes, type IngredientUnit } from "../../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../../modules/cake-pricing/service"

export type IngredientInput = { name: string; unit: IngredientUnit; cost_per_unit: number; allergens: string[] }

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)

/** Names are unique (case-insensitive) because cakes may list ingredients by name. */
async function assertNameFree(pricing: CakePricingModuleService, name: string, exceptId?: string) {
  const [clash] = await pricing.listIngredients({ name: { $ilike: name.replace(/[%_\\]/g, "\\$&") } }, { take: 1 })
  if (clash && clash.id !== exceptId) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `An ingredient named "${clash.name}" already exists`, PricingErrorCodes.INGREDIENT_NAME_TAKEN)
  }
}

export const createIngredientStep = createStep(
  "create-ingredient",
  async (input: IngredientInput, { container }) => {
    const pricing = service(container)
    await assertNameFree(pricing, input.name)
    const ingredient = await pricing.createIngredients(input)
    return new StepResponse(ingredient, ingredient.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteIngredients(id)
  }
)

export const updateIngredientStep = createStep(
  "update-ingredient",
  async (input: Partial<IngredientInput> & { id: string }, { container }) => {
    const pricing = service(container)
    const previous = await pricing.retrieveIngredient(input.id)
    if (input.name) await assertNameFree(pricing, input.name, input.id)
    const ingredient = await pricing.updateIngredients(input)
    const { id, name, unit, cost_per_unit, allergens } = previous
    return new StepResponse(ingredient, { id, name, unit, cost_per_unit, allergens })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updateIngredients(previous)
  }
)

export const deleteIngredientStep = createStep(
  "delete-ingredient",
  async (input: { id: string }, { container }) => {
    await service(container).retrieveIngredient(input.id)
    await service(container).softDeleteIngredients(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreIngredients(id)
  }
)
