import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { BakeryErrorCodes } from "../../../modules/bakery/error-codes"
import type BakeryModuleService from "../../../modules/bakery/service"

export type ValidateNewBakerInput = { bakery_id: string; email: string }

/** The bakery must exist and no baker (not even a removed one, whose login may still exist) may use the email. */
export const validateNewBakerStep = createStep(
  "validate-new-baker",
  async ({ bakery_id, email }: ValidateNewBakerInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const [bakery] = await bakeryModule.listBakeries({ id: bakery_id }, { select: ["id"] })
    if (!bakery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${bakery_id} does not exist; choose an existing bakery.`)
    }
    const [taken] = await bakeryModule.listBakers({ email }, { select: ["id"] })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A baker with the email ${email} already exists; use another email or let that baker log in.`,
        BakeryErrorCodes.BAKER_EMAIL_TAKEN
      )
    }
  }
)
