import { acquireLockStep, deletePaymentSessionsWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomCakeEvents } from "../../modules/custom-cake/events"
import type { CustomCakeActor } from "../../modules/custom-cake/transitions"
import { CUSTOM_CAKE_LOCK, customCakeLockKey } from "./custom-cake-lock"
import type { CustomCakeScope } from "./custom-cake-scope"
import { loadCustomCakeForChangeStep } from "./steps/load-custom-cake"
import { setCustomCakeStatusStep } from "./steps/set-custom-cake-status"
import { unpaidPaymentSessionsStep } from "./steps/unpaid-payment-sessions"

type CloseInput = { id: string; actor: CustomCakeActor; scope?: CustomCakeScope; note?: string | null }

/**
 * An approval that will not be paid: its links stop working (token cleared, the cart's payment sessions deleted so
 * no gateway can take money for it), the status changes, and the event tells the customer.
 */
function closeUnpaidCustomCake(name: string, to: "CANCELLED" | "EXPIRED", eventName: string) {
  return createWorkflow(name, (input: CloseInput) => {
    const lockKey = transform({ input }, ({ input }) => customCakeLockKey(input.id))
    acquireLockStep({ key: lockKey, ...CUSTOM_CAKE_LOCK })
    const request = loadCustomCakeForChangeStep(transform({ input }, ({ input }) => ({ id: input.id, to, scope: input.scope })))
    const sessionIds = unpaidPaymentSessionsStep(transform({ request }, ({ request }) => ({ cart_id: request.cart_id })))
    deletePaymentSessionsWorkflow.runAsStep({ input: transform({ sessionIds }, ({ sessionIds }) => ({ ids: sessionIds })) })
    const closed = setCustomCakeStatusStep(
      transform({ input }, ({ input }) => ({ id: input.id, to, actor: input.actor, note: input.note, scope: input.scope, changes: { payment_link_token: null } }))
    )
    emitEventStep({ eventName, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(closed)
  })
}

/** The customer no longer wants the approved cake. */
export const cancelCustomCakeRequestWorkflow = closeUnpaidCustomCake("cancel-custom-cake-request", "CANCELLED", CustomCakeEvents.CANCELLED)

/** The payment links lapsed unpaid (run by the expire-custom-cake-requests job). */
export const expireCustomCakeRequestWorkflow = closeUnpaidCustomCake("expire-custom-cake-request", "EXPIRED", CustomCakeEvents.EXPIRED)
