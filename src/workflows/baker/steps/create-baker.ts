import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"

export type CreateBakerStepInput = {
  bakery_id: string
  name: string
  email: string
  phone?: string | null
  telegram_user_id?: string | null
  role: "owner" | "staff"
}

export const createBakerStep = createStep(
  "create-baker",
  async ({ bakery_id, ...data }: CreateBakerStepInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const baker = await bakeryModule.createBakers({ ...data, bakery_id })
    return new StepResponse(baker, baker.id)
  },
  async (bakerId, { container }) => {
    if (!bakerId) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).deleteBakers(bakerId)
  }
)
