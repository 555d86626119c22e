/** Events the custom-cake workflows emit; payloads carry the request id only (subscribers read the rest). */
export const CustomCakeEvents = {
  SUBMITTED: "custom_cake.submitted",
  APPROVED: "custom_cake.approved",
  REJECTED: "custom_cake.rejected",
  PAID: "custom_cake.paid",
  EXPIRED: "custom_cake.expired",
  CANCELLED: "custom_cake.cancelled",
  PRODUCTION_ADVANCED: "custom_cake.production_advanced",
} as const
export type CustomCakeEvent = (typeof CustomCakeEvents)[keyof typeof CustomCakeEvents]
