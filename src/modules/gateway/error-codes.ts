/**
 * Gateway-neutral outcomes of the payment workflows. The Payme and Click endpoints translate each into their own
 * protocol's error code (see README.md beside this file); the Store and Admin APIs answer them as they are.
 */
export const GatewayOutcomeCodes = {
  PAYMENT_REFERENCE_NOT_FOUND: "PAYMENT_REFERENCE_NOT_FOUND",
  PAYMENT_ALREADY_PAID: "PAYMENT_ALREADY_PAID",
  PAYMENT_NOT_PAYABLE: "PAYMENT_NOT_PAYABLE",
  PAYMENT_AMOUNT_MISMATCH: "PAYMENT_AMOUNT_MISMATCH",
  PAYMENT_IN_PROGRESS: "PAYMENT_IN_PROGRESS",
  GATEWAY_TRANSACTION_NOT_FOUND: "GATEWAY_TRANSACTION_NOT_FOUND",
  GATEWAY_TRANSACTION_STATE: "GATEWAY_TRANSACTION_STATE",
  PAYMENT_DELIVERED: "PAYMENT_DELIVERED",
} as const

export type GatewayOutcomeCode = (typeof GatewayOutcomeCodes)[keyof typeof GatewayOutcomeCodes]
