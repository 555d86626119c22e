import { MedusaError } from "@medusajs/framework/utils"
import type { OpeningHours } from "../../modules/bakery/opening-hours"
import type BakeryModuleService from "../../modules/bakery/service"

/** The live bakery with the given fields, or 404 that names the id. */
export async function loadBakery(bakeryModule: BakeryModuleService, id: string, fields: string[]) {
  const [bakery] = await bakeryModule.listBakeries({ id }, { select: ["id", ...fields] })
  if (!bakery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${id} does not exist; check the id.`)
  }
  return bakery
}

/** The model types every json column as an object; opening hours are an array of intervals, stored as they are. */
export function withOpeningHoursColumn<T extends { opening_hours?: OpeningHours | null }>(data: T) {
  return { ...data, opening_hours: data.opening_hours as unknown as Record<string, unknown> | null | undefined }
}
