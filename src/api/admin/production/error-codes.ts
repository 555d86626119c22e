/** Codes the admin production routes answer besides the staff channel's own (README.md says when). */
export const ProductionAdminErrorCodes = {
  INVALID_DATE_RANGE: "INVALID_DATE_RANGE",
} as const
