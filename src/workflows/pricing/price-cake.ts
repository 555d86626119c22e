import {
  atBottomSize,
  baselineFromVector,
  bottomSizeCm,
  estimateServings,
  featureVector,
  roundTo,
  type CakeFeatures,
  type Servings,
} from "../../modules/cake-pricing/domain"
import { modelPrice } from "../../modules/cake-pricing/price-model"
import type { PricingContext } from "./pricing-context"

export type CakePrice = {
  /** The bottom tier's size (a sheet's length) this price is for. */
  size_cm: number
  price: number
  servings: Servings
  source: "model" | "baseline"
  model_version_id: string | null
  features: CakeFeatures
  /** What the model read (logged, so retraining learns from exactly this). */
  vector: number[]
}

/** One suggestion: the active model when there is one, the cost-plus baseline otherwise. Pure, for steps and the bench. */
export function priceCake(features: CakeFeatures, context: PricingContext): CakePrice {
  const vector = featureVector(features, context.prices)
  const base = { size_cm: bottomSizeCm(features), servings: estimateServings(features.shape, features.tiers), features, vector }
  if (!context.active) {
    return { ...base, price: baselineFromVector(vector, context.baseline), source: "baseline", model_version_id: null }
  }
  const price = roundTo(modelPrice(context.active.model, vector), context.baseline.round_to)
  return { ...base, price, source: "model", model_version_id: context.active.id }
}

/** The cake as described, and at each other bottom size asked for (one price per size variant). */
export function priceCakeSizes(features: CakeFeatures, sizesCm: number[], context: PricingContext): CakePrice[] {
  const described = bottomSizeCm(features)
  const sizes = sizesCm.length ? sizesCm : [described]
  return sizes.map((size) => priceCake(size === described ? features : atBottomSize(features, size), context))
}
