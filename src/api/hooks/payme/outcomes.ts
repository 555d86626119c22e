import type { GatewayOutcomeCode } from "../../../modules/gateway/error-codes"
import { outcomeCode } from "../../../workflows/payments/workflow-outcome"
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

/** Our workflow outcome as Payme's error; anything unexpected is -32400, which makes Payme retry later. */
export function toPaymeError(error: unknown, accountField: string): PaymeRpcError {
  if (error instanceof PaymeRpcError) return error
  const code = outcomeCode(error)
  if (!code) return paymeError("SYSTEM_ERROR")
  const kind = PAYME_ERROR_OF[code]
  return paymeError(kind, ACCOUNT_ERRORS.includes(kind) ? accountField : undefined)
}
