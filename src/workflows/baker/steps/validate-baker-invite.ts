import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { BakeryErrorCodes } from "../../../modules/bakery/error-codes"
import type BakeryModuleService from "../../../modules/bakery/service"
import { hashInviteToken } from "../invite-token"

export type ValidateBakerInviteInput = { token: string; auth_identity_id: string }

/**
 * The invite must be unused and unexpired, and the login accepting it must have been registered with the email the
 * invite was sent to, so a leaked link alone does not hand out a bakery.
 */
export const validateBakerInviteStep = createStep(
  "validate-baker-invite",
  async ({ token, auth_identity_id }: ValidateBakerInviteInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const [invite] = await bakeryModule.listBakerInvites(
      { token_hash: hashInviteToken(token) },
      { relations: ["baker"] }
    )
    if (!invite || invite.accepted_at || new Date(invite.expires_at) <= new Date()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This invite is unknown, already used or expired; ask the Dasturxon staff for a new invite.",
        BakeryErrorCodes.INVITE_INVALID
      )
    }

    const authIdentity = await container
      .resolve(Modules.AUTH)
      .retrieveAuthIdentity(auth_identity_id, { relations: ["provider_identities"] })
    const emails = (authIdentity.provider_identities ?? []).map((identity) => identity.entity_id.toLowerCase())
    if (!emails.includes(invite.baker.email.toLowerCase())) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This invite is for ${invite.baker.email}; register or log in with that email, then accept the invite.`,
        BakeryErrorCodes.INVITE_EMAIL_MISMATCH
      )
    }
    if (authIdentity.app_metadata?.baker_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This login already belongs to a baker; log in with POST /auth/baker/emailpass instead.",
        BakeryErrorCodes.BAKER_LOGIN_ALREADY_LINKED
      )
    }
    return new StepResponse({ invite_id: invite.id, baker_id: invite.baker.id })
  }
)
