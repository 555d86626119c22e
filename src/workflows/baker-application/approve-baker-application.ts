import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { createBakerWorkflow } from "../baker/create-baker"
import { createBakeryWorkflow } from "../bakery/create-bakery"
import { BAKER_APPLICATION_LOCK, bakerApplicationLockKey } from "./application-lock"
import { decideBakerApplicationStep } from "./steps/decide-baker-application"
import { loadApplicationForDecisionStep } from "./steps/load-application-for-decision"
import { recordApplicationStatusStep } from "./steps/record-application-status"
import { validateJoinableBakeryStep } from "./steps/validate-joinable-bakery"

export type ApproveBakerApplicationWorkflowInput = { id: string; actor_id: string }

/**
 * Approves a pending application: opens the bakery it asks for (the applicant becomes its owner) or adds the
 * applicant to the active bakery they asked to join (as staff), and invites them to set a password. Holding the
 * application's lock, two concurrent approvals answer one success and one 409 INVALID_STATUS_TRANSITION.
 */
export const approveBakerApplicationWorkflow = createWorkflow(
  "approve-baker-application",
  (input: ApproveBakerApplicationWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => bakerApplicationLockKey(input.id))
    acquireLockStep({ key: lockKey, ...BAKER_APPLICATION_LOCK })

    const application = loadApplicationForDecisionStep({ id: input.id, to_status: "approved" })

    const createdBakery = when("open-requested-bakery", { application }, ({ application }) => !!application.new_bakery).then(() => {
      const details = transform({ application }, ({ application }) => {
        const { name, handle, phone, address, description, timezone, opening_hours } = application.new_bakery!
        // Left-out details keep the bakery's defaults (time zone Asia/Tashkent) instead of becoming null.
        const given = Object.entries({ phone, address, description, timezone, opening_hours }).filter(([, value]) => value != null)
        return { name, handle, ...Object.fromEntries(given) }
      })
      return createBakeryWorkflow.runAsStep({ input: details })
    })
    const joinedBakeryId = when("join-existing-bakery", { application }, ({ application }) => !application.new_bakery).then(() =>
      validateJoinableBakeryStep({ bakery_id: application.bakery_id })
    )
    const bakeryId = transform({ createdBakery, joinedBakeryId }, ({ createdBakery, joinedBakeryId }) =>
      createdBakery ? createdBakery.id : joinedBakeryId!
    )

    const newBaker = transform({ application, bakeryId }, ({ application, bakeryId }) => ({
      bakery_id: bakeryId,
      name: application.applicant_name,
      email: application.email,
      phone: application.phone,
      telegram_user_id: application.telegram_user_id,
      role: application.new_bakery ? ("owner" as const) : ("staff" as const),
    }))
    const { baker, invite_token } = createBakerWorkflow.runAsStep({ input: newBaker })

    const decision = decideBakerApplicationStep({ id: input.id, status: "approved", decided_by: input.actor_id, bakery_id: bakeryId })
    recordApplicationStatusStep({
      application_id: input.id,
      from_status: decision.from_status,
      to_status: "approved",
      actor_type: "user",
      actor_id: input.actor_id,
    })

    const event = transform({ input, baker, bakeryId, invite_token }, ({ input, baker, bakeryId, invite_token }) => ({
      id: input.id,
      baker_id: baker.id,
      bakery_id: bakeryId,
      invite_token,
    }))
    emitEventStep({ eventName: BakeryEvents.APPLICATION_APPROVED, data: event })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(event)
  }
)
