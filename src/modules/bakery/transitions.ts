import { MedusaError } from "@medusajs/framework/utils"
import { BakeryErrorCodes } from "./error-codes"

export type ApplicationStatus = "pending" | "approved" | "rejected" | "withdrawn"
export type BakeryStatus = "active" | "suspended"

/** Every allowed status change; anything else is refused with 409 INVALID_STATUS_TRANSITION. */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  pending: ["approved", "rejected", "withdrawn"],
  approved: [],
  rejected: [],
  withdrawn: [],
}

export const BAKERY_TRANSITIONS: Record<BakeryStatus, readonly BakeryStatus[]> = {
  active: ["suspended"],
  suspended: ["active"],
}

export function assertTransition<S extends string>(table: Record<S, readonly S[]>, what: string, from: S, to: S): void {
  if (!table[from]?.includes(to)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `The ${what} is ${from} and cannot become ${to}${table[from]?.length ? `; from ${from} it can become ${table[from].join(" or ")}` : ""}.`,
      BakeryErrorCodes.INVALID_STATUS_TRANSITION
    )
  }
}
