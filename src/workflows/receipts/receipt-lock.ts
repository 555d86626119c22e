/** Every run for one order holds this key from reading the order to sending the PDF: one receipt, one message. */
export const receiptLockKey = (orderId: string) => `receipt:${orderId}`

/** Rendering and storing take well under a second; a run waits this long for another, and a crash frees it. */
export const RECEIPT_LOCK = { timeout: 30, ttl: 120 }

/** The name the PDF is stored and sent under. */
export const receiptFileName = (number: string) => `receipt-${number}.pdf`
