import { timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { assertTransition } from "../../../lib/status-transitions"
import { APPLICATION_TRANSITIONS, type ApplicationStatus } from "../../../modules/bakery/transitions"
import { hashInviteToken } from "../../baker/invite-token"

export type WithdrawApplicationInput = { id: string; token: string }

/**
 * Withdraws the application the token belongs to. A wrong token answers exactly like an unknown id (404), so the
 * answer never tells whether an application exists.
 */
export const withdrawApplicationStep = createStep(
  "withdraw-application",
  async ({ id, token }: WithdrawApplicationInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const [application] = await bakeryModule.listBakerApplications({ id }, { select: ["id", "status", "withdraw_token_hash"] })
    if (!application || !tokenMatches(token, application.withdraw_token_hash)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No baker application ${id} matches this token; use the id and withdraw token you got when you applied.`
      )
    }
    const from = application.status as ApplicationStatus
    assertTransition(APPLICATION_TRANSITIONS, "application", from, "withdrawn")
    await bakeryModule.updateBakerApplications({ id, status: "withdrawn" })
    return new StepResponse({ from_status: from }, { id, status: from })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).updateBakerApplications(before)
  }
)

function tokenMatches(token: string, storedHash: string | null): boolean {
  if (!storedHash) return false
  const given = Buffer.from(hashInviteToken(token), "hex")
  const stored = Buffer.from(storedHash, "hex")
  return given.length === stored.length && timingSafeEqual(given, stored)
}
