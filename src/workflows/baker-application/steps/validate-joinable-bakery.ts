import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { BakeryErrorCodes } from "../../../modules/bakery/error-codes"
import type BakeryModuleService from "../../../modules/bakery/service"

/** An applicant may join only a bakery that still exists and is on sale. */
export const validateJoinableBakeryStep = createStep(
  "validate-joinable-bakery",
  async ({ bakery_id }: { bakery_id: string | null }, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const [bakery] = bakery_id ? await bakeryModule.listBakeries({ id: bakery_id }, { select: ["id", "status"] }) : []
    if (!bakery) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `The bakery this application asks to join (${bakery_id ?? "none"}) no longer exists; reject the application.`
      )
    }
    if (bakery.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The bakery this application asks to join (${bakery.id}) is suspended; reactivate it first or reject the application.`,
        BakeryErrorCodes.BAKERY_SUSPENDED
      )
    }
    return new StepResponse(bakery.id)
  }
)
