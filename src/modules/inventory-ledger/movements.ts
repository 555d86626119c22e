/** Why stock moved. SALE comes from Medusa's fulfilments; the others from staff (admin forms, CSV import). */
export const MOVEMENT_REASONS = ["INCOMING", "SALE", "LOSS", "CORRECTION", "RETURN"] as const
export type MovementReason = (typeof MOVEMENT_REASONS)[number]

/** Reasons staff record by hand; SALE is only ever written from Medusa's events. */
export const MANUAL_REASONS = ["INCOMING", "LOSS", "CORRECTION", "RETURN"] as const
export type ManualReason = (typeof MANUAL_REASONS)[number]

export const CORRECTION_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number]

/**
 * The signed change a manual movement makes: staff type a positive quantity for incoming, loss and return (loss takes
 * it away) and a signed one for a correction. Null: the quantity does not fit the reason.
 */
export function signedDelta(reason: ManualReason, quantity: number): number | null {
  if (!Number.isInteger(quantity) || quantity === 0) return null
  if (reason === "CORRECTION") return quantity
  if (quantity < 0) return null
  return reason === "LOSS" ? -quantity : quantity
}
