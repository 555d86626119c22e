import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"

export const markBakerInviteAcceptedStep = createStep(
  "mark-baker-invite-accepted",
  async ({ invite_id }: { invite_id: string }, { container }) => {
    await container
      .resolve<BakeryModuleService>(BAKERY_MODULE)
      .updateBakerInvites({ id: invite_id, accepted_at: new Date() })
    return new StepResponse(undefined, invite_id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).updateBakerInvites({ id: inviteId, accepted_at: null })
  }
)
