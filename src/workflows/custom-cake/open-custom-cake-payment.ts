import { acquireLockStep, createPaymentSessionsWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_CAKE_LOCK } from "./custom-cake-lock"
import type { LinkProvider } from "./payment-links"
import { findPayableCustomCakeStep } from "./steps/find-payable-custom-cake"

export type OpenedCustomCakePayment = { provider_id: string; session_id: string; locale: string; data: Record<string, unknown> }

/**
 * A customer opened a payment link: the gateway's session on the cake's cart (the pending one, or a new one that
 * replaces the others, in the customer's language), whose data holds where to pay (checkout_url, client_secret).
 */
export const openCustomCakePaymentWorkflow = createWorkflow("open-custom-cake-payment", (input: { token: string; provider: LinkProvider }) => {
  const lockKey = transform({ input }, ({ input }) => `custom-cake-link:${input.token}`)
  acquireLockStep({ key: lockKey, ...CUSTOM_CAKE_LOCK })
  const payable = findPayableCustomCakeStep(input)
  const created = when("new-session", { payable }, ({ payable }) => payable.session === null).then(() =>
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ payable }, ({ payable }) => ({
        payment_collection_id: payable.payment_collection_id,
        provider_id: payable.provider_id,
        data: { lang: payable.locale },
      })),
    })
  )
  releaseLockStep({ key: lockKey })
  const opened = transform({ payable, created }, ({ payable, created }): OpenedCustomCakePayment => {
    const session = payable.session ?? { id: created!.id, data: created!.data as Record<string, unknown> }
    return { provider_id: payable.provider_id, session_id: session.id, locale: payable.locale, data: session.data }
  })
  return new WorkflowResponse(opened)
})
