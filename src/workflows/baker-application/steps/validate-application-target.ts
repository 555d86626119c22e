import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { BakeryErrorCodes } from "../../../modules/bakery/error-codes"
import type BakeryModuleService from "../../../modules/bakery/service"
import { assertBakeryHandleFree, bakeryHandleTaken } from "../../bakery/bakery-handle"
import type { NewBakeryDetails } from "./create-baker-application"

export type ValidateApplicationTargetInput = {
  email: string
  new_bakery?: NewBakeryDetails | null
  bakery_id?: string | null
}

/**
 * Refuses an application staff could not approve: a second pending one of the same email, a bakery to join that is
 * not on sale, or a new bakery whose handle a live bakery or another pending application already has.
 */
export const validateApplicationTargetStep = createStep(
  "validate-application-target",
  async ({ email, new_bakery, bakery_id }: ValidateApplicationTargetInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const [pending] = await bakeryModule.listBakerApplications({ email, status: "pending" }, { select: ["id"] })
    if (pending) throw applicationAlreadyPending(email)

    if (bakery_id) {
      const [bakery] = await bakeryModule.listBakeries({ id: bakery_id }, { select: ["id", "name", "status"] })
      if (!bakery) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no bakery ${bakery_id} to join; check bakery_id.`)
      }
      if (bakery.status !== "active") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${bakery.name} is suspended and takes no new bakers; choose another bakery or apply with a new one.`,
          BakeryErrorCodes.BAKERY_SUSPENDED
        )
      }
    }

    if (new_bakery) {
      await assertBakeryHandleFree(bakeryModule, new_bakery.handle)
      const pendingNewBakeries = await bakeryModule.listBakerApplications(
        { status: "pending", new_bakery: { $ne: null } },
        { select: ["new_bakery"] }
      )
      if (pendingNewBakeries.some((application) => (application.new_bakery as NewBakeryDetails | null)?.handle === new_bakery.handle)) {
        throw bakeryHandleTaken(new_bakery.handle)
      }
    }
    return new StepResponse(void 0)
  }
)

export function applicationAlreadyPending(email: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `An application from ${email} is already waiting for staff's answer; wait for it, or withdraw it before applying again.`,
    BakeryErrorCodes.APPLICATION_ALREADY_PENDING
  )
}
