/** Stable codes of payment errors that reach the Store or Admin API; README of src/modules/gateway says when. */
export const GatewayErrorCodes = {
  CURRENCY_NOT_SUPPORTED: "CURRENCY_NOT_SUPPORTED",
  AMOUNT_NOT_PAYABLE: "AMOUNT_NOT_PAYABLE",
  REFUND_NOT_SUPPORTED: "REFUND_NOT_SUPPORTED",
  REFUND_FAILED: "REFUND_FAILED",
} as const
