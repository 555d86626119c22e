import { MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../config/env"
import { clickSettings, paymeSettings, telegramPaymentsSettings } from "../../config/payments"
import { signConfirmation, type GatewayConfirmation } from "../../lib/payments/confirmation"

/** What the gateway reported for a payment session: which transaction, for how much. */
export type GatewayMarkerInput = {
  payment_session_id: string
  gateway: GatewayConfirmation["gateway"]
  transaction_id: string
  amount_tiyin: string
}

/** The secret the gateway's provider checks markers with: the same settings the provider was built from. */
function gatewaySecret(gateway: GatewayConfirmation["gateway"]): string {
  const env = readEnv()
  const secrets = { payme: () => paymeSettings(env)?.key, click: () => clickSettings(env)?.secretKey, telegram: () => telegramPaymentsSettings(env)?.botToken }
  const secret = secrets[gateway]()
  if (!secret) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${gateway} is not configured`)
  return secret
}

/** A confirmation (capture) or refund marker the provider will accept for this session, signed now. */
export function signGatewayMarker(input: GatewayMarkerInput, purpose: GatewayConfirmation["purpose"]): GatewayConfirmation {
  return signConfirmation(gatewaySecret(input.gateway), input.payment_session_id, {
    gateway: input.gateway,
    purpose,
    transaction_id: input.transaction_id,
    amount_tiyin: input.amount_tiyin,
    confirmed_at: new Date().toISOString(),
  })
}
