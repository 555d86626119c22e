/** Click's provider id in Medusa: `pp_<identifier>_<id>` of src/modules/payment-click registered with id "click". */
export const CLICK_PROVIDER_ID = "pp_click_click"

export type ClickStatus = "PREPARED" | "COMPLETED" | "CANCELLED" | "REVERSED"

export type ClickTransactionRow = {
  id: string
  prepare_id: number
  click_trans_id: string
  click_paydoc_id: string
  payment_session_id: string
  payment_collection_id: string
  amount: string
  amount_tiyin: number
  status: ClickStatus
  click_error: number | null
  cancel_reason: string | null
  failure: string | null
}

/** How a Click call ended, before it is written in Click's error codes (src/api/hooks/click). */
export type ClickVerdict = "OK" | "ALREADY_PAID" | "CANCELLED" | "AMOUNT_MISMATCH"
