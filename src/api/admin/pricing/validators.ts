import { z } from "zod"
import { CakeFeaturesSchema, INGREDIENT_UNITS } from "../../../modules/cake-pricing/domain"

export const AdminPredictCakePrice = z
  .object({
    features: CakeFeaturesSchema,
    sizes_cm: z
      .array(z.number({ error: "sizes_cm must be numbers (cm)" }).min(8, "a size is at least 8 cm").max(80, "a size is at most 80 cm"))
      .max(10, "ask for at most 10 sizes at once")
      .default([]),
    product_variant_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminPredictCakePriceType = z.infer<typeof AdminPredictCakePrice>

const wholeUzs = z.number({ error: "must be whole UZS" }).int("must be whole UZS").positive("must be more than 0")

export const AdminApplyPrediction = z.object({ price: wholeUzs.optional() }).strict()
export type AdminApplyPredictionType = z.infer<typeof AdminApplyPrediction>

const ingredientFields = {
  name: z.string().trim().min(1, "name must not be blank").max(100),
  unit: z.enum(INGREDIENT_UNITS, { error: `unit must be one of ${INGREDIENT_UNITS.join(", ")}` }),
  cost_per_unit: wholeUzs,
  allergens: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).default([]),
}

export const AdminCreateIngredient = z.object(ingredientFields).strict()
export type AdminCreateIngredientType = z.infer<typeof AdminCreateIngredient>

export const AdminUpdateIngredient = z
  .object({ ...ingredientFields, allergens: ingredientFields.allergens.unwrap() })
  .partial()
  .strict()
export type AdminUpdateIngredientType = z.infer<typeof AdminUpdateIngredient>

const page = (limit: number) => ({
  limit: z.coerce.number().int().min(1).max(200).default(limit),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminListIngredientsQuery = z.object({ q: z.string().trim().min(1).optional(), ...page(50) }).strict()
export type AdminListIngredientsQueryType = z.infer<typeof AdminListIngredientsQuery>

export const AdminListModelVersionsQuery = z.object(page(20)).strict()
export type AdminListModelVersionsQueryType = z.infer<typeof AdminListModelVersionsQuery>

export const AdminAccuracyQuery = z
  .object({
    from: z.coerce.date({ error: "from must be a date (ISO 8601)" }).optional(),
    to: z.coerce.date({ error: "to must be a date (ISO 8601)" }).optional(),
  })
  .refine(({ from, to }) => !from || !to || from <= to, { message: "from must not be after to", path: ["from"] })
export type AdminAccuracyQueryType = z.infer<typeof AdminAccuracyQuery>

/** The shop's own number of servings for a variant; null goes back to the estimate. */
export const AdminSetVariantServings = z
  .object({
    servings: z
      .number({ error: "servings must be a whole number from 1 to 1000, or null to show the estimate" })
      .int("servings must be a whole number")
      .min(1, "servings must be at least 1")
      .max(1000, "servings must be at most 1000")
      .nullable(),
  })
  .strict()
export type AdminSetVariantServingsType = z.infer<typeof AdminSetVariantServings>
