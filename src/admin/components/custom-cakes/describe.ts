import type { CakeFeatures, CakeTier } from "../../../modules/cake-pricing/domain"
import type { AdminCustomCake, CustomCakeCustomer } from "../../hooks/custom-cakes"
import { EVENT_TYPE_LABELS, FILLING_LABELS, FLAVOR_LABELS, SHAPE_LABELS } from "../pricing/cake-form"

export type DescribedRow = { label: string; value: string }

const tierSize = (tier: CakeTier) =>
  "size_cm" in tier ? `${tier.size_cm} cm` : `${tier.length_cm} × ${tier.width_cm} cm`

/** One line a tier from the bottom up, named as the pricing form names them ("Bottom", "Tier 2"). */
export function describeTiers(tiers: readonly CakeTier[]): string {
  if (tiers.length === 1) return `${tierSize(tiers[0])}, ${tiers[0].height_cm} cm high`
  return tiers
    .map((tier, index) => `${index === 0 ? "Bottom" : `Tier ${index + 1}`}: ${tierSize(tier)}, ${tier.height_cm} cm high`)
    .join("\n")
}

const describeIngredients = (ingredients: CakeFeatures["ingredients"]) =>
  ingredients.map((line) => `${line.name ?? line.ingredient_id} ${line.quantity}`).join(", ")

/** The cake's features in words, in the order a baker reads them. */
export function describeCakeFeatures(features: CakeFeatures): DescribedRow[] {
  return [
    { label: "Shape", value: SHAPE_LABELS[features.shape] },
    { label: features.tiers.length === 1 ? "Size" : `Tiers (${features.tiers.length})`, value: describeTiers(features.tiers) },
    { label: "Layers", value: `${features.layers} per tier` },
    { label: "Flavor", value: FLAVOR_LABELS[features.flavor] },
    { label: "Filling", value: FILLING_LABELS[features.filling] },
    { label: "Decoration", value: `Level ${features.decoration_complexity} of 5` },
    { label: "Event", value: EVENT_TYPE_LABELS[features.event_type] },
    { label: "Rush", value: features.rush ? "Yes, wanted within 48 hours" : "No" },
    { label: "Labor", value: `${features.labor_hours} h` },
    ...(features.ingredients.length ? [{ label: "Ingredients", value: describeIngredients(features.ingredients) }] : []),
  ]
}

/** The customer's name, or their email when they gave no name; "-" when the customer no longer exists. */
export function customerLabel(customer: CustomCakeCustomer | null): string {
  if (!customer) return "-"
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim()
  return name || customer.email
}

export const bakeryLabel = (bakery: AdminCustomCake["bakery"]) => bakery?.name ?? "Store"

export function describeFulfillment({ fulfillment, delivery_address }: Pick<AdminCustomCake, "fulfillment" | "delivery_address">): string {
  if (fulfillment === "PICKUP") return "Pickup"
  if (!delivery_address) return "Delivery"
  const { address_1, city, phone } = delivery_address
  return [`Delivery to ${address_1}, ${city}`, phone].filter(Boolean).join("\n")
}
