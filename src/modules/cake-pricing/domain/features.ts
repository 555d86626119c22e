import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { PricingErrorCodes } from "./error-codes"
import { cakeVolumeCm3, tierFootprintCm2 } from "./geometry"

/*
 * What a cake is, as far as its price goes. Sizes are centimetres; tiers are listed from the bottom (tier 1, the
 * largest) up. Round, square and heart tiers have one size (`size_cm`: the diameter of a round tier, the side of a
 * square one, the width of a heart at its widest); a sheet cake's tiers have `length_cm` and `width_cm` instead.
 * An ingredient's quantity is in the unit of its entry in the price list (kg, g, l, ml or pcs).
 */
export const CAKE_SHAPES = ["round", "square", "heart", "sheet"] as const
export const FLAVORS = ["vanilla", "chocolate", "red_velvet", "honey", "napoleon", "fruit", "other"] as const
export const FILLINGS = ["cream", "ganache", "fruit", "custard", "buttercream", "none", "other"] as const
export const EVENT_TYPES = ["birthday", "wedding", "anniversary", "corporate", "kids", "other"] as const
export const INGREDIENT_UNITS = ["kg", "g", "l", "ml", "pcs"] as const

const oneOf = <const T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { error: `${field} must be one of ${values.join(", ")}` })

const between = (message: string, min: number, max: number) =>
  z.number({ error: message }).min(min, message).max(max, message)

const wholeBetween = (field: string, min: number, max: number) =>
  between(`${field} must be a whole number from ${min} to ${max}`, min, max).int(`${field} must be a whole number`)

const centimetres = (field: string, what: string, min: number, max: number) =>
  between(`${field} (${what}) must be between ${min} and ${max} cm`, min, max)

const height_cm = centimetres("height_cm", "the tier's height", 4, 25)

const sizedTierSchema = z.object({
  size_cm: centimetres("size_cm", "diameter of a round or heart tier, side of a square one", 8, 60),
  height_cm,
})

// A full commercial sheet pan is about 46 × 66 cm, so a sheet may be longer than a round cake is wide.
const sheetTierSchema = z.object({
  length_cm: centimetres("length_cm", "the sheet's length", 8, 80),
  width_cm: centimetres("width_cm", "the sheet's width", 8, 80),
  height_cm,
})

/** 1–5 tiers from the bottom up; a tier must fit on the one below it (equal sizes are allowed). */
function tiersSchema<T extends z.ZodType>(
  tier: T,
  fits: (upper: z.infer<T>, lower: z.infer<T>) => boolean,
  size: (tier: z.infer<T>) => string
) {
  return z
    .array(tier, { error: "tiers must be a list of tiers from the bottom up" })
    .min(1, "a cake needs at least one tier")
    .max(5, "a cake has at most 5 tiers")
    .superRefine((tiers, ctx) => {
      tiers.forEach((upper, index) => {
        const lower = tiers[index - 1]
        if (lower && !fits(upper, lower)) {
          ctx.addIssue({
            code: "custom",
            path: [index],
            message:
              `tier ${index + 1} (${size(upper)}) is larger than tier ${index} below it (${size(lower)}); ` +
              "list tiers from the largest at the bottom up",
          })
        }
      })
    })
}

const ingredientLineSchema = z
  .object({
    ingredient_id: z.string().min(1, "ingredient_id must not be empty").optional(),
    name: z
      .string()
      .trim()
      .min(1, "an ingredient's name must not be empty")
      .max(100, "an ingredient's name is at most 100 characters")
      .optional(),
    quantity: z
      .number({ error: "an ingredient's quantity must be a number" })
      .positive("an ingredient's quantity must be more than 0"),
  })
  .refine((line) => line.ingredient_id || line.name, { message: "each ingredient needs an ingredient_id or a name" })

const commonFields = {
  layers: wholeBetween("layers (sponge layers in each tier)", 1, 12),
  flavor: oneOf("flavor", FLAVORS),
  filling: oneOf("filling", FILLINGS),
  decoration_complexity: wholeBetween("decoration_complexity", 1, 5),
  ingredients: z.array(ingredientLineSchema).max(50, "a cake lists at most 50 ingredients").default([]),
  labor_hours: between("labor_hours must be between 0 and 60 hours", 0, 60),
  rush: z.boolean({ error: "rush must be true (ready in under 48 hours) or false" }).default(false),
  event_type: oneOf("event_type", EVENT_TYPES),
}

export const CakeFeaturesSchema = z.discriminatedUnion(
  "shape",
  [
    z.object({
      shape: z.enum(["round", "square", "heart"]),
      tiers: tiersSchema(
        sizedTierSchema,
        (upper, lower) => upper.size_cm <= lower.size_cm,
        (tier) => `${tier.size_cm} cm`
      ),
      ...commonFields,
    }),
    z.object({
      shape: z.literal("sheet"),
      // a sheet tier may sit turned by 90° on the one below
      tiers: tiersSchema(
        sheetTierSchema,
        (upper, lower) =>
          (upper.length_cm <= lower.length_cm && upper.width_cm <= lower.width_cm) ||
          (upper.length_cm <= lower.width_cm && upper.width_cm <= lower.length_cm),
        (tier) => `${tier.length_cm}×${tier.width_cm} cm`
      ),
      ...commonFields,
    }),
  ],
  { error: `shape must be one of ${CAKE_SHAPES.join(", ")}` }
)

export type CakeFeatures = z.infer<typeof CakeFeaturesSchema>

/** Only the shape and tiers, with the same rules: what the servings estimate needs. */
export const CakeDimensionsSchema = z.discriminatedUnion(
  "shape",
  [CakeFeaturesSchema.options[0].pick({ shape: true, tiers: true }), CakeFeaturesSchema.options[1].pick({ shape: true, tiers: true })],
  { error: `shape must be one of ${CAKE_SHAPES.join(", ")}` }
)
export type CakeDimensions = z.infer<typeof CakeDimensionsSchema>
export type CakeShape = (typeof CAKE_SHAPES)[number]
export type CakeTier = CakeFeatures["tiers"][number]
export type IngredientUnit = (typeof INGREDIENT_UNITS)[number]

export type IngredientPrice = {
  id: string
  name: string
  unit: IngredientUnit
  /** whole UZS per one unit */
  cost_per_unit: number
  allergens: string[]
}

const nameKey = (name: string) => name.trim().toLowerCase()

/** Whole UZS the cake's ingredients cost; each line is rounded to whole tiyin and the sum is integer. */
export function ingredientCost(
  features: Pick<CakeFeatures, "ingredients">,
  prices: readonly IngredientPrice[]
): number {
  const byId = new Map(prices.map((price) => [price.id, price]))
  let byName: Map<string, IngredientPrice> | undefined
  let tiyin = 0
  for (const line of features.ingredients) {
    const price = line.ingredient_id
      ? byId.get(line.ingredient_id)
      : (byName ??= new Map(prices.map((price) => [nameKey(price.name), price]))).get(nameKey(line.name ?? ""))
    if (!price) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown ingredient "${line.ingredient_id ?? line.name}": ` +
          "add it to the ingredient price list or pick one that is there.",
        PricingErrorCodes.UNKNOWN_INGREDIENT
      )
    }
    tiyin += Math.round(line.quantity * price.cost_per_unit * 100)
  }
  return Math.round(tiyin / 100)
}

/*
 * The regressor's input. Sizes enter as footprint areas so that every shape is comparable; shape, flavor, filling
 * and event type are one-hot (tree models split on them as well as on an ordinal code, and one-hot invents no order).
 */
export const FEATURE_NAMES: readonly string[] = [
  "total_volume_cm3",
  "bottom_tier_area_cm2",
  "top_tier_area_cm2",
  "tier_count",
  "total_height_cm",
  "layers",
  "decoration_complexity",
  "labor_hours",
  "rush",
  "ingredient_cost",
  ...CAKE_SHAPES.map((shape) => `shape_${shape}`),
  ...FLAVORS.map((flavor) => `flavor_${flavor}`),
  ...FILLINGS.map((filling) => `filling_${filling}`),
  ...EVENT_TYPES.map((event) => `event_type_${event}`),
]

const oneHot = (values: readonly string[], value: string) => values.map((candidate) => (candidate === value ? 1 : 0))

export function featureVector(features: CakeFeatures, prices: readonly IngredientPrice[]): number[] {
  const { shape, tiers } = features
  return [
    cakeVolumeCm3(shape, tiers),
    tierFootprintCm2(shape, tiers[0]),
    tierFootprintCm2(shape, tiers[tiers.length - 1]),
    tiers.length,
    tiers.reduce((sum, tier) => sum + tier.height_cm, 0),
    features.layers,
    features.decoration_complexity,
    features.labor_hours,
    features.rush ? 1 : 0,
    ingredientCost(features, prices),
    ...oneHot(CAKE_SHAPES, shape),
    ...oneHot(FLAVORS, features.flavor),
    ...oneHot(FILLINGS, features.filling),
    ...oneHot(EVENT_TYPES, features.event_type),
  ]
}
