/** Stable codes in 4xx bodies raised by the pricing domain. */
export const PricingErrorCodes = {
  UNKNOWN_INGREDIENT: "UNKNOWN_INGREDIENT",
  INGREDIENT_NAME_TAKEN: "INGREDIENT_NAME_TAKEN",
  PREDICTION_NOT_APPLICABLE: "PREDICTION_NOT_APPLICABLE",
} as const
