type IngredientRow = { id: string; name: string; unit: string; cost_per_unit: number; allergens: unknown }

export const ingredientView = ({ id, name, unit, cost_per_unit, allergens }: IngredientRow) => ({
  id,
  name,
  unit,
  cost_per_unit,
  allergens: allergens as string[],
})
