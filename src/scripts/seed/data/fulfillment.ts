import { INTERNATIONAL_COUNTRIES } from "./store"

/*
 * Pickup and courier delivery are separate fulfillment sets so the admin shows them as "Pickup" and "Shipping"
 * of the Bukhara kitchen. Pickup also serves the International region's countries: a relative abroad pays in
 * USD and the recipient collects the order in Bukhara. The courier only drives in Bukhara, so it serves
 * Uzbekistan alone; it has a USD price all the same, like everything in the catalogue, so that a USD cart
 * delivered in Uzbekistan (if a region ever allows it) needs no price work.
 */
export const FULFILLMENT_SETS = [
  {
    name: "Bukhara kitchen pickup",
    type: "pickup",
    serviceZones: [{ name: "Bukhara kitchen counter", countries: ["uz", ...INTERNATIONAL_COUNTRIES] }],
  },
  {
    name: "Bukhara kitchen delivery",
    type: "shipping",
    serviceZones: [{ name: "Bukhara city", countries: ["uz"] }],
  },
]

export const SHIPPING_OPTIONS = [
  {
    name: "Pickup in Bukhara",
    serviceZone: "Bukhara kitchen counter",
    type: { code: "pickup", label: "Pickup", description: "Collect the order at the Bukhara kitchen." },
    prices: { uzs: 0, usd: 0 },
  },
  {
    name: "Courier delivery in Bukhara",
    serviceZone: "Bukhara city",
    type: { code: "courier", label: "Courier", description: "Delivered by our courier in Bukhara within the chosen slot." },
    prices: { uzs: 25000, usd: 2 },
  },
]
