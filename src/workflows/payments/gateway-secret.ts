import { MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../config/env"
import { clickSettings, paymeSettings } from "../../config/payments"
import type { GatewayConfirmation } from "../../lib/payments/confirmation"

/** The secret the gateway's provider checks confirmations with: the same settings the provider was built from. */
export function gatewaySecret(gateway: GatewayConfirmation["gateway"]): string {
  const env = readEnv()
  const secret = gateway === "payme" ? paymeSettings(env)?.key : clickSettings(env)?.secretKey
  if (!secret) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${gateway} is not configured`)
  return secret
}
