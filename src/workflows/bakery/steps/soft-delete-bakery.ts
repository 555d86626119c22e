import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"

/** Soft-deletes the bakery together with its bakers, who cannot work for a bakery that is gone. */
export const softDeleteBakeryStep = createStep(
  "soft-delete-bakery",
  async ({ id }: { id: string }, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const bakers = await bakeryModule.listBakers({ bakery_id: id }, { select: ["id"] })
    const bakerIds = bakers.map((baker) => baker.id)
    if (bakerIds.length) {
      await bakeryModule.softDeleteBakers(bakerIds)
    }
    await bakeryModule.softDeleteBakeries(id)
    return new StepResponse(void 0, { bakeryId: id, bakerIds })
  },
  async (deleted, { container }) => {
    if (!deleted) return
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    await bakeryModule.restoreBakeries(deleted.bakeryId)
    if (deleted.bakerIds.length) {
      await bakeryModule.restoreBakers(deleted.bakerIds)
    }
  }
)
