import { MedusaError } from "@medusajs/framework/utils"
import { GatewayOutcomeCodes, type GatewayOutcomeCode } from "../../../modules/gateway/error-codes"
import { paymeError, PaymeRpcError, type PaymeErrorKind } from "../../../modules/payment-payme/protocol"

const PAYME_ERROR_OF: Record<GatewayOutcomeCode, PaymeErrorKind> = {
  PAYMENT_REFERENCE_NOT_FOUND: "ORDER_NOT_FOUND",
  PAYMENT_ALREADY_PAID: "ORDER_NOT_PAYABLE",
  PAYMENT_NOT_PAYABLE: "ORDER_NOT_PAYABLE",
  PAYMENT_IN_PROGRESS: "ORDER_PAYMENT_IN_PROGRESS",
  PAYMENT_AMOUNT_MISMATCH: "WRONG_AMOUNT",
  GATEWAY_TRANSACTION_NOT_FOUND: "TRANSACTION_NOT_FOUND",
  GATEWAY_TRANSACTION_STATE: "CANNOT_PERFORM",
  PAYMENT_DELIVERED: "CANNOT_CANCEL_DELIVERED",
}

const ACCOUNT_ERRORS: PaymeErrorKind[] = ["ORDER_NOT_FOUND", "ORDER_NOT_PAYABLE", "ORDER_PAYMENT_IN_PROGRESS"]

export function outcomeCode(error: unknown): GatewayOutcomeCode | undefined {
  if (!MedusaError.isMedusaError(error)) return undefined
  const code = (error as MedusaError).code as GatewayOutcomeCode | undefined
  return code && code in GatewayOutcomeCodes ? code : undefined
}

/** Our workflow outcome as Payme's error; anything unexpected is -32400, which makes Payme retry later. */
export function toPaymeError(error: unknown, accountField: string): PaymeRpcError {
  if (error instanceof PaymeRpcError) return error
  const code = outcomeCode(error)
  if (!code) return paymeError("SYSTEM_ERROR")
  const kind = PAYME_ERROR_OF[code]
  return paymeError(kind, ACCOUNT_ERRORS.includes(kind) ? accountField : undefined)
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
