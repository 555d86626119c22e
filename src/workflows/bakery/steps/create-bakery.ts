import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type { OpeningHours } from "../../../modules/bakery/opening-hours"
import type BakeryModuleService from "../../../modules/bakery/service"
import { asHandleTaken, assertBakeryHandleFree } from "../bakery-handle"
import { withOpeningHoursColumn } from "../bakery-record"

/** What staff (or an approved application) may set on a bakery; status and rating have their own workflows. */
export type BakeryProfile = {
  name: string
  description?: string | null
  phone?: string | null
  address?: string | null
  latitude?: number | null
  longitude?: number | null
  timezone?: string
  opening_hours?: OpeningHours | null
  logo_url?: string | null
  vat_rate?: number | null
}

export type CreateBakeryStepInput = BakeryProfile & { handle: string }

export const createBakeryStep = createStep(
  "create-bakery",
  async (input: CreateBakeryStepInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    await assertBakeryHandleFree(bakeryModule, input.handle)
    const bakery = await bakeryModule.createBakeries(withOpeningHoursColumn(input)).catch(asHandleTaken(input.handle))
    return new StepResponse(bakery, bakery.id)
  },
  async (bakeryId, { container }) => {
    if (!bakeryId) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).deleteBakeries(bakeryId)
  }
)
