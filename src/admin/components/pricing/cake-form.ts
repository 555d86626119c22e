import type { CakeFeatures, CakeShape } from "../../../modules/cake-pricing/domain"
import type { PredictRequest } from "../../hooks/pricing"

type Flavor = CakeFeatures["flavor"]
type Filling = CakeFeatures["filling"]
type EventType = CakeFeatures["event_type"]

// Keyed by the domain's unions, so a value added there fails the type check here until it has a label.
export const SHAPE_LABELS: Record<CakeShape, string> = {
  round: "Round",
  square: "Square",
  heart: "Heart",
  sheet: "Sheet",
}
export const FLAVOR_LABELS: Record<Flavor, string> = {
  vanilla: "Vanilla",
  chocolate: "Chocolate",
  red_velvet: "Red velvet",
  honey: "Honey",
  napoleon: "Napoleon",
  fruit: "Fruit",
  other: "Other",
}
export const FILLING_LABELS: Record<Filling, string> = {
  cream: "Cream",
  ganache: "Ganache",
  fruit: "Fruit",
  custard: "Custard",
  buttercream: "Buttercream",
  none: "None",
  other: "Other",
}
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  birthday: "Birthday",
  wedding: "Wedding",
  anniversary: "Anniversary",
  corporate: "Corporate",
  kids: "Kids",
  other: "Other",
}

export const MAX_TIERS = 5

/** A tier as typed; `size` is a sheet's length (`width` is used for sheets only). Numbers stay text until sent. */
export type TierInput = { size: string; width: string; height: string }

export type CakeForm = {
  shape: CakeShape
  /** from the bottom up */
  tiers: TierInput[]
  layers: string
  flavor: Flavor
  filling: Filling
  decoration_complexity: string
  labor_hours: string
  rush: boolean
  event_type: EventType
  /** one a line: a name from the ingredient price list and a quantity in its unit, e.g. "Flour 1.5" */
  ingredients: string
  /** bottom-tier sizes to price, e.g. "16, 20, 24"; empty: the size described */
  sizes: string
}

export const DEFAULT_CAKE_FORM: CakeForm = {
  shape: "round",
  tiers: [{ size: "20", width: "20", height: "10" }],
  layers: "3",
  flavor: "vanilla",
  filling: "cream",
  decoration_complexity: "2",
  labor_hours: "3",
  rush: false,
  event_type: "birthday",
  ingredients: "",
  sizes: "",
}

// Staff in Tashkent often type a decimal comma ("1,5").
function numberOf(label: string, text: string): number {
  const value = Number(text.trim().replace(",", "."))
  if (!text.trim() || !Number.isFinite(value)) throw new Error(`${label}: write a number.`)
  return value
}

const INGREDIENT_LINE = /^(.*\S)\s+(\d+(?:[.,]\d+)?)$/

/** Throws an Error naming the first line it cannot read. */
export function parseIngredients(text: string): CakeFeatures["ingredients"] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const match = INGREDIENT_LINE.exec(line)
      if (!match) throw new Error(`Ingredients, line ${index + 1}: write a name and a quantity, e.g. "Flour 1.5".`)
      return { name: match[1], quantity: numberOf(`Ingredients, line ${index + 1}`, match[2]) }
    })
}

/** Sizes are separated by commas or spaces, so a decimal size takes a dot ("16.5"). */
export function parseSizes(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((size) => {
      const value = Number(size)
      if (!Number.isFinite(value)) throw new Error(`Sizes: "${size}" is not a number of centimetres.`)
      return value
    })
}

function featuresOf(form: CakeForm): CakeFeatures {
  const common = {
    layers: numberOf("Layers", form.layers),
    flavor: form.flavor,
    filling: form.filling,
    decoration_complexity: numberOf("Decoration", form.decoration_complexity),
    ingredients: parseIngredients(form.ingredients),
    labor_hours: numberOf("Labor hours", form.labor_hours),
    rush: form.rush,
    event_type: form.event_type,
  }
  const height = (tier: TierInput, index: number) => numberOf(`Tier ${index + 1} height`, tier.height)
  if (form.shape === "sheet") {
    const tiers = form.tiers.map((tier, index) => ({
      length_cm: numberOf(`Tier ${index + 1} length`, tier.size),
      width_cm: numberOf(`Tier ${index + 1} width`, tier.width),
      height_cm: height(tier, index),
    }))
    return { ...common, shape: "sheet", tiers }
  }
  const tiers = form.tiers.map((tier, index) => ({
    size_cm: numberOf(`Tier ${index + 1} size`, tier.size),
    height_cm: height(tier, index),
  }))
  return { ...common, shape: form.shape, tiers }
}

/** The request body for the form; throws an Error saying which field to fix. Ranges are the server's to check. */
export function predictRequestOf(form: CakeForm, productVariantId: string): PredictRequest {
  const sizes = parseSizes(form.sizes)
  return {
    features: featuresOf(form),
    product_variant_id: productVariantId,
    ...(sizes.length ? { sizes_cm: sizes } : {}),
  }
}
