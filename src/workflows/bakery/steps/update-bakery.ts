import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { asHandleTaken, assertBakeryHandleFree } from "../bakery-handle"
import { loadBakery, withOpeningHoursColumn } from "../bakery-record"
import type { CreateBakeryStepInput } from "./create-bakery"

export type UpdateBakeryStepInput = { id: string } & Partial<CreateBakeryStepInput>

export const updateBakeryStep = createStep(
  "update-bakery",
  async ({ id, ...changes }: UpdateBakeryStepInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const fields = Object.keys(changes).filter((field) => changes[field as keyof typeof changes] !== undefined)
    const current = await loadBakery(bakeryModule, id, fields)
    if (changes.handle !== undefined) {
      await assertBakeryHandleFree(bakeryModule, changes.handle, id)
    }
    const after = await bakeryModule
      .updateBakeries({ id, ...withOpeningHoursColumn(changes) })
      .catch(asHandleTaken(changes.handle ?? ""))
    const before = Object.fromEntries(["id", ...fields].map((field) => [field, current[field as keyof typeof current]]))
    return new StepResponse(after, before as { id: string })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).updateBakeries(before)
  }
)
