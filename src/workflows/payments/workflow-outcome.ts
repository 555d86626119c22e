import { MedusaError } from "@medusajs/framework/utils"
import { GatewayOutcomeCodes, type GatewayOutcomeCode } from "../../modules/gateway/error-codes"

/** The gateway-neutral outcome a payment workflow failed with, if it is one of ours. */
export function outcomeCode(error: unknown): GatewayOutcomeCode | undefined {
  if (!MedusaError.isMedusaError(error)) return undefined
  const code = (error as MedusaError).code as GatewayOutcomeCode | undefined
  return code && code in GatewayOutcomeCodes ? code : undefined
}

/** Medusa refused to take the payment for good (stock gone, cart changed): the payer must not be debited. */
export function isPermanentRefusal(error: unknown): boolean {
  if (!MedusaError.isMedusaError(error) || outcomeCode(error)) return false
  const permanent: string[] = [
    MedusaError.Types.NOT_ALLOWED,
    MedusaError.Types.INVALID_DATA,
    MedusaError.Types.NOT_FOUND,
    MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  ]
  return permanent.includes((error as MedusaError).type)
}
