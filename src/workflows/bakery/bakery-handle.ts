import { MedusaError } from "@medusajs/framework/utils"
import { BakeryErrorCodes } from "../../modules/bakery/error-codes"
import type BakeryModuleService from "../../modules/bakery/service"

/** Lowercase words of letters and digits joined by single hyphens: safe in a URL path as it is. */
export const BAKERY_HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function bakeryHandleTaken(handle: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `The handle "${handle}" is already used by another bakery; choose another handle.`,
    BakeryErrorCodes.BAKERY_HANDLE_TAKEN
  )
}

/** Refuses a handle that another live bakery uses (a soft-deleted bakery frees its handle, as the unique index does). */
export async function assertBakeryHandleFree(bakeryModule: BakeryModuleService, handle: string, exceptId?: string) {
  const [owner] = await bakeryModule.listBakeries({ handle }, { select: ["id"] })
  if (owner && owner.id !== exceptId) {
    throw bakeryHandleTaken(handle)
  }
}

/**
 * Two requests can both pass the check above; the unique index then refuses the second insert. Medusa's database
 * error mapper turns that into INVALID_DATA "Bakery with handle: …, already exists.", the only place it names the column.
 */
export function asHandleTaken(handle: string) {
  return (error: unknown): never => {
    if (MedusaError.isMedusaError(error) && /\bhandle\b.*already exists/.test(error.message)) {
      throw bakeryHandleTaken(handle)
    }
    throw error
  }
}
