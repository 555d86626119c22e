/** Payme's provider id in Medusa: `pp_<identifier>_<id>` of src/modules/payment-payme registered with id "payme". */
export const PAYME_PROVIDER_ID = "pp_payme_payme"

export const PaymeState = { CREATED: 1, PERFORMED: 2, CANCELLED: -1, CANCELLED_AFTER_PERFORM: -2 } as const

/** Payme cancels a created transaction 12 hours after its own creation time (`params.time`). */
export const PAYME_TIMEOUT_MS = 43_200_000
export const PaymeReason = { EXECUTION_FAILED: 3, TIMEOUT: 4 } as const

export type PaymeTransactionRow = {
  id: string
  payme_id: string
  payme_time: Date
  amount_tiyin: number
  account: Record<string, string>
  payment_session_id: string
  payment_collection_id: string
  state: number
  reason: number | null
  create_time: Date
  perform_time: Date | null
  cancel_time: Date | null
  fiscal_data: Record<string, unknown> | null
  failure: string | null
}

export function isExpired(transaction: Pick<PaymeTransactionRow, "payme_time" | "state">, now: number): boolean {
  return transaction.state === PaymeState.CREATED && now - new Date(transaction.payme_time).getTime() > PAYME_TIMEOUT_MS
}
