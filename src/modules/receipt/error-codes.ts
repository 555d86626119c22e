/** Stable codes in 4xx bodies about receipts; README.md beside this file says when each is answered. */
export const ReceiptErrorCodes = {
  RECEIPT_NOT_FOUND: "RECEIPT_NOT_FOUND",
  RECEIPT_ORDER_NOT_PAID: "RECEIPT_ORDER_NOT_PAID",
} as const
