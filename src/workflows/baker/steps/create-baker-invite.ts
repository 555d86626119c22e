import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { BAKER_INVITE_TTL_MS, hashInviteToken, newInviteToken } from "../invite-token"

/**
 * Stores only the token's hash; the token itself leaves the workflow once, in its result, for whoever delivers
 * the invite to the baker.
 */
export const createBakerInviteStep = createStep(
  "create-baker-invite",
  async ({ baker_id }: { baker_id: string }, { container }) => {
    const token = newInviteToken()
    const invite = await container.resolve<BakeryModuleService>(BAKERY_MODULE).createBakerInvites({
      baker_id,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + BAKER_INVITE_TTL_MS),
    })
    return new StepResponse({ invite_id: invite.id, token }, invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).deleteBakerInvites(inviteId)
  }
)
