import { acquireLockStep, createRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../modules/bakery"
import { CustomCakeEvents } from "../../modules/custom-cake/events"
import { CUSTOM_CAKE_LOCK, customCakeLockKey } from "./custom-cake-lock"
import { findCustomCakeOfOrderStep } from "./steps/find-custom-cake-of-order"
import { setCustomCakeStatusStep } from "./steps/set-custom-cake-status"

/**
 * An approved cake's cart became an order (Medusa completes a cart only once its payment is authorized): the request
 * is PAID with the order linked, the order belongs to the request's bakery, and `custom_cake.paid` sends the receipt
 * and tells the kitchen. Other orders, and a repeated order.placed, change nothing.
 */
export const markCustomCakePaidWorkflow = createWorkflow("mark-custom-cake-paid", (input: { order_id: string }) => {
  const found = findCustomCakeOfOrderStep(input)
  const paid = when("custom-cake-order", { found }, ({ found }) => found !== null).then(() => {
    const lockKey = transform({ found }, ({ found }) => customCakeLockKey(found!.id))
    acquireLockStep({ key: lockKey, ...CUSTOM_CAKE_LOCK })
    const updated = setCustomCakeStatusStep(
      transform({ input, found }, ({ input, found }) => ({
        id: found!.id,
        to: "PAID" as const,
        actor: { type: "system" as const, id: null },
        changes: { order_id: input.order_id, payment_link_token: null },
      }))
    )
    createRemoteLinkStep(
      transform({ input, found }, ({ input, found }) =>
        found!.bakery_id && !found!.bakery_linked
          ? [{ [BAKERY_MODULE]: { bakery_id: found!.bakery_id }, [Modules.ORDER]: { order_id: input.order_id } }]
          : []
      )
    )
    emitEventStep({ eventName: CustomCakeEvents.PAID, data: transform({ found }, ({ found }) => ({ id: found!.id })) })
    releaseLockStep({ key: lockKey })
    return updated
  })
  return new WorkflowResponse(transform({ paid }, ({ paid }) => paid ?? null))
})
