import {
  acquireLockStep,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../config/env"
import { CustomCakeEvents } from "../../modules/custom-cake/events"
import type { CustomCakeActor } from "../../modules/custom-cake/transitions"
import { recordFinalPriceStep } from "../pricing/steps/record-final-price"
import { CUSTOM_CAKE_LOCK, customCakeLockKey } from "./custom-cake-lock"
import type { CustomCakeScope } from "./custom-cake-scope"
import { newPaymentLinkToken } from "./payment-links"
import { loadCustomCakeForChangeStep } from "./steps/load-custom-cake"
import { offeredPaymentProvidersStep } from "./steps/offered-payment-providers"
import { setCustomCakeStatusStep } from "./steps/set-custom-cake-status"

export type ApproveCustomCakeRequestInput = {
  id: string
  actor: CustomCakeActor
  scope?: CustomCakeScope
  /** In the request's currency, major units. */
  final_price: number
  final_servings: number
  /** How long the payment links last; CUSTOM_CAKE_PAYMENT_HOURS when not given. */
  expires_in_hours?: number
  staff_note?: string | null
}

const HOUR_MS = 3_600_000

/**
 * Staff accept a request at a final price: a cart for the customer holding the cake as one custom line item at that
 * price (not discountable, nothing to ship), its payment collection, payment links for every gateway the region
 * offers until the expiry, the final price beside the prediction in the pricing log (UZS requests), and
 * `custom_cake.approved` for the customer.
 */
export const approveCustomCakeRequestWorkflow = createWorkflow("approve-custom-cake-request", (input: ApproveCustomCakeRequestInput) => {
  const lockKey = transform({ input }, ({ input }) => customCakeLockKey(input.id))
  acquireLockStep({ key: lockKey, ...CUSTOM_CAKE_LOCK })
  const request = loadCustomCakeForChangeStep(
    transform({ input }, ({ input }) => ({ id: input.id, to: "APPROVED_AWAITING_PAYMENT" as const, scope: input.scope }))
  )
  const providers = offeredPaymentProvidersStep(
    transform({ request }, ({ request }) => ({ region_id: request.region_id, currency_code: request.currency_code }))
  )
  const cart = createCartWorkflow.runAsStep({
    input: transform({ input, request }, ({ input, request }) => ({
      region_id: request.region_id,
      customer_id: request.customer_id,
      sales_channel_id: request.sales_channel_id,
      currency_code: request.currency_code,
      metadata: { custom_cake_request_id: request.id },
      items: [
        {
          title: `Custom cake #${request.display_id}`,
          quantity: 1,
          unit_price: input.final_price,
          is_discountable: false,
          requires_shipping: false,
          metadata: { custom_cake_request_id: request.id },
        },
      ],
    })),
  })
  createPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ cart }, ({ cart }) => ({ cart_id: cart.id })) })
  const approved = setCustomCakeStatusStep(
    transform({ input, cart, providers }, ({ input, cart, providers }) => ({
      id: input.id,
      to: "APPROVED_AWAITING_PAYMENT" as const,
      actor: input.actor,
      note: input.staff_note,
      changes: {
        final_price: input.final_price,
        final_servings: input.final_servings,
        staff_note: input.staff_note?.trim() || null,
        cart_id: cart.id,
        payment_link_token: newPaymentLinkToken(),
        payment_provider_ids: providers,
        payment_expires_at: new Date(Date.now() + (input.expires_in_hours ?? readEnv().CUSTOM_CAKE_PAYMENT_HOURS) * HOUR_MS),
      },
    }))
  )
  when({ request }, ({ request }) => request.currency_code === "uzs").then(() =>
    recordFinalPriceStep(transform({ input, request }, ({ input, request }) => ({ id: request.prediction_id, final_price: input.final_price })))
  )
  emitEventStep({ eventName: CustomCakeEvents.APPROVED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(approved)
})
