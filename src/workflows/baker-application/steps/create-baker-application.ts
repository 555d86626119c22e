import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type { OpeningHours } from "../../../modules/bakery/opening-hours"
import type BakeryModuleService from "../../../modules/bakery/service"
import { hashInviteToken, newInviteToken } from "../../baker/invite-token"
import { applicationAlreadyPending } from "./validate-application-target"

/** The bakery an applicant wants to open; staff's approval creates it from these details. */
export type NewBakeryDetails = {
  name: string
  handle: string
  phone?: string | null
  address?: string | null
  description?: string | null
  timezone?: string
  opening_hours?: OpeningHours
}

export type CreateBakerApplicationInput = {
  applicant_name: string
  email: string
  phone: string
  telegram_user_id?: string | null
  bio?: string | null
  new_bakery?: NewBakeryDetails | null
  bakery_id?: string | null
}

/**
 * Creates the pending application and the token its applicant can withdraw it with. Only the token's SHA-256 is
 * stored; the token itself leaves through the workflow's result once.
 */
export const createBakerApplicationStep = createStep(
  "create-baker-application",
  async (input: CreateBakerApplicationInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const withdrawToken = newInviteToken()
    const { withdraw_token_hash: _hash, ...application } = await bakeryModule
      .createBakerApplications({
        applicant_name: input.applicant_name,
        email: input.email,
        phone: input.phone,
        telegram_user_id: input.telegram_user_id ?? null,
        bio: input.bio ?? null,
        new_bakery: input.new_bakery ?? null,
        bakery_id: input.bakery_id ?? null,
        status: "pending",
        withdraw_token_hash: hashInviteToken(withdrawToken),
      })
      .catch(asAlreadyPending(input.email))
    return new StepResponse({ application, withdraw_token: withdrawToken }, application.id)
  },
  async (applicationId, { container }) => {
    if (!applicationId) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).deleteBakerApplications(applicationId)
  }
)

/** Two concurrent submissions both pass the check; the partial unique index on pending emails refuses the second. */
function asAlreadyPending(email: string) {
  return (error: unknown): never => {
    if (MedusaError.isMedusaError(error) && /\bemail\b.*already exists/.test(error.message)) {
      throw applicationAlreadyPending(email)
    }
    throw error
  }
}
