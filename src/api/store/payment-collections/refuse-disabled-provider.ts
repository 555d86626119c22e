import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertPaymentProviderEnabled } from "../../../workflows/scheduling/payment-switch"

type SessionBody = { provider_id?: unknown }

/**
 * Before Medusa's POST /store/payment-collections/:id/payment-sessions: a provider staff turned off gets 409
 * PAYMENT_METHOD_DISABLED. Reads the raw body too, since Medusa's own validator may run after this middleware.
 */
export async function refuseDisabledPaymentProvider(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = ((req.validatedBody ?? req.body) as SessionBody | undefined)?.provider_id
  try {
    if (typeof providerId === "string") await assertPaymentProviderEnabled(req.scope, providerId)
    next()
  } catch (error) {
    next(error)
  }
}
