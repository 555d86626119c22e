/** Stable codes in 4xx bodies raised by the pricing domain. */
export const PricingErrorCodes = {
  UNKNOWN_INGREDIENT: "UNKNOWN_INGREDIENT",
} as const
