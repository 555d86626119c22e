import { MedusaError } from "@medusajs/framework/utils"

/** The code every module answers an illegal status change with (409). */
export const INVALID_STATUS_TRANSITION = "INVALID_STATUS_TRANSITION"

/** Refuses a status change its module's transition table does not allow, naming the allowed ones. */
export function assertTransition<S extends string>(table: Record<S, readonly S[]>, what: string, from: S, to: S): void {
  if (!table[from]?.includes(to)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `The ${what} is ${from} and cannot become ${to}${table[from]?.length ? `; from ${from} it can become ${table[from].join(" or ")}` : ""}.`,
      INVALID_STATUS_TRANSITION
    )
  }
}
