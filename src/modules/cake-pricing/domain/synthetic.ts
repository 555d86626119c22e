import { roundTo } from "./baseline"
import { DEMO_INGREDIENTS, demoIngredientLines } from "./demo-ingredients"
import { typicalLaborHours } from "./described-cake"
import { type CakeFeatures, type CakeShape, ingredientCost } from "./features"
import { cakeVolumeCm3 } from "./geometry"
import { type Random, pick, seededRandom, uniform, weighted } from "./random"

/*
 * Synthetic cake orders with the prices staff "set", so that a fresh install and the benchmark have a model to train.
 *
 * How: each sample draws an event type (birthday most often, then kids, wedding, …), a shape that suits it (hearts
 * for anniversaries, sheets for offices), a tier count (weddings 2–5, others mostly 1), pan sizes from real pan
 * series (14–36 cm, each upper tier 4–8 cm smaller), 8–14 cm tall tiers, flavor and filling, decoration level
 * (weddings skew ornate), a 12% chance of rush, an ingredient list from a recipe scaled to the cake's volume
 * (demo-ingredients.ts) and labor hours that grow with volume, decoration and tiers.
 *
 * Its price comes from a hidden "true" pricing that is deliberately NOT the cost-plus baseline, so that a trained
 * model has something to learn: materials and labor at their own rates, a size term that grows with volume^0.7
 * (big cakes cost less per cm³), premiums for weddings (+25%), corporate (+10%), anniversaries (+8%), kids'
 * characters (+5%), heart pans (+12%), each tier above the first (+12%), red velvet and chocolate; a sheet discount
 * (−8%); decoration that costs more than linearly (level 5 ≈ +72%); rush +30%; and ±8% uniform noise, as two
 * bakers never price alike. Prices end in whole thousands. A 16 cm single-tier birthday cake lands around
 * 150–300k UZS and a 3-tier wedding cake around 1.5–4M UZS, as in Tashkent and Bukhara bakeries today.
 *
 * Everything comes from one seeded PRNG, so a seed always gives the same cakes and prices; created_at are spread
 * over the `days` before `now` in increasing order, so the newest samples can be held out.
 */
export { DEMO_INGREDIENTS }

export type CakeSample = { features: CakeFeatures; price: number; created_at: Date }
export type SyntheticOptions = { days?: number; now?: Date }

type EventType = CakeFeatures["event_type"]

const EVENT_MIX: [EventType, number][] = [
  ["birthday", 40],
  ["kids", 18],
  ["wedding", 12],
  ["anniversary", 10],
  ["corporate", 10],
  ["other", 10],
]

const SHAPE_MIX: Record<EventType, [CakeShape, number][]> = {
  birthday: [["round", 60], ["square", 20], ["heart", 10], ["sheet", 10]],
  kids: [["round", 50], ["square", 25], ["heart", 5], ["sheet", 20]],
  wedding: [["round", 80], ["square", 12], ["heart", 8]],
  anniversary: [["round", 45], ["square", 10], ["heart", 40], ["sheet", 5]],
  corporate: [["round", 25], ["square", 30], ["sheet", 45]],
  other: [["round", 50], ["square", 20], ["heart", 15], ["sheet", 15]],
}

const TIER_MIX: Record<"wedding" | "party", [number, number][]> = {
  wedding: [[1, 5], [2, 30], [3, 40], [4, 18], [5, 7]],
  party: [[1, 82], [2, 15], [3, 3]],
}

const DECORATION_MIX: Record<"wedding" | "party", [number, number][]> = {
  wedding: [[1, 5], [2, 15], [3, 35], [4, 30], [5, 15]],
  party: [[1, 25], [2, 35], [3, 25], [4, 10], [5, 5]],
}

const FLAVOR_MIX: [CakeFeatures["flavor"], number][] = [
  ["vanilla", 25], ["chocolate", 25], ["red_velvet", 12], ["honey", 12], ["napoleon", 10], ["fruit", 11], ["other", 5],
]

const FILLING_MIX: [CakeFeatures["filling"], number][] = [
  ["cream", 35], ["ganache", 15], ["fruit", 12], ["custard", 12], ["buttercream", 18], ["none", 3], ["other", 5],
]

const EVENT_PREMIUM: Record<EventType, number> = {
  birthday: 1, kids: 1.05, wedding: 1.25, anniversary: 1.08, corporate: 1.1, other: 1,
}
const SHAPE_PREMIUM: Record<CakeShape, number> = { round: 1, square: 1.03, heart: 1.12, sheet: 0.92 }
const FLAVOR_PREMIUM: Record<CakeFeatures["flavor"], number> = {
  vanilla: 1, chocolate: 1.04, red_velvet: 1.06, honey: 0.97, napoleon: 1, fruit: 1.03, other: 1,
}

const DAY_MS = 24 * 60 * 60 * 1000
const roundHalf = (value: number) => Math.round(value * 2) / 2

// a single-tier cake's size in cm, by how often it is ordered
const SINGLE_TIER_SIZES: [number, number][] = [[14, 8], [16, 20], [18, 22], [20, 20], [22, 12], [24, 10], [26, 8]]

function sizedTiers(random: Random, count: number) {
  // a stacked cake's bottom is wide enough for each tier above to be 4–8 cm smaller and mostly still over 10 cm
  const bottom = count === 1 ? weighted(random, SINGLE_TIER_SIZES) : 14 + 6 * (count - 1) + pick(random, [0, 2, 4, 6])
  const sizes = [bottom]
  while (sizes.length < count) sizes.push(Math.max(10, sizes[sizes.length - 1] - pick(random, [4, 6, 8])))
  return sizes.map((size_cm) => ({ size_cm, height_cm: roundHalf(uniform(random, 8, 14)) }))
}

function sheetTiers(random: Random, count: number) {
  const length = pick(random, [25, 30, 35, 40, 45, 50, 60])
  const tiers = [{ length_cm: length, width_cm: Math.max(20, Math.round(length * uniform(random, 0.6, 0.8))) }]
  if (count > 1) tiers.push({ length_cm: tiers[0].length_cm - 10, width_cm: tiers[0].width_cm - 8 })
  return tiers.map((tier) => ({ ...tier, height_cm: roundHalf(uniform(random, 6, 10)) }))
}

function randomCake(random: Random): CakeFeatures {
  const event_type = weighted(random, EVENT_MIX)
  const kind = event_type === "wedding" ? "wedding" : "party"
  const shape = weighted(random, SHAPE_MIX[event_type])
  const tierCount = weighted(random, TIER_MIX[kind])
  const body =
    shape === "sheet" ? { shape, tiers: sheetTiers(random, tierCount) } : { shape, tiers: sizedTiers(random, tierCount) }
  const flavor = weighted(random, FLAVOR_MIX)
  // napoleon and honey cake (medovik) are many thin layers; sponge cakes a few thick ones
  const layers = pick(random, flavor === "napoleon" ? [6, 8, 10, 12] : flavor === "honey" ? [5, 6, 8, 10] : [2, 3, 4, 5])
  const filling = flavor === "napoleon" ? "custard" : weighted(random, FILLING_MIX)
  const decoration_complexity = weighted(random, DECORATION_MIX[kind])
  const volume = cakeVolumeCm3(shape, body.tiers)
  const ingredients = demoIngredientLines(random, { ...body, flavor, filling, decoration_complexity }, volume)
  const hours = typicalLaborHours(volume, decoration_complexity, tierCount) * uniform(random, 0.85, 1.15)
  return {
    ...body,
    layers,
    flavor,
    filling,
    decoration_complexity,
    ingredients,
    labor_hours: Math.min(60, Math.max(0.5, roundHalf(hours))),
    rush: random() < 0.12,
    event_type,
  }
}

function truePrice(features: CakeFeatures, random: Random): number {
  const volume = cakeVolumeCm3(features.shape, features.tiers)
  const core = 1.3 * ingredientCost(features, DEMO_INGREDIENTS) + 22_000 * features.labor_hours + 120 * volume ** 0.7
  const level = features.decoration_complexity - 1
  const premium =
    EVENT_PREMIUM[features.event_type] *
    SHAPE_PREMIUM[features.shape] *
    FLAVOR_PREMIUM[features.flavor] *
    (1 + 0.12 * (features.tiers.length - 1)) *
    (1 + 0.08 * level + 0.025 * level ** 2) *
    (features.rush ? 1.3 : 1)
  return roundTo(core * premium * uniform(random, 0.92, 1.08), 1000)
}

/** `count` samples, the same for the same seed; created_at increase over the `days` (365) before `now`. */
export function generateCakeSamples(count: number, seed: number, options: SyntheticOptions = {}): CakeSample[] {
  const random = seededRandom(seed)
  const cakes = Array.from({ length: count }, () => {
    const features = randomCake(random)
    return { features, price: truePrice(features, random) }
  })
  const spanMs = (options.days ?? 365) * DAY_MS
  const start = (options.now ?? new Date()).getTime() - spanMs
  const offsets = cakes.map(() => random()).sort((a, b) => a - b)
  return cakes.map((cake, index) => ({ ...cake, created_at: new Date(start + offsets[index] * spanMs) }))
}
