import type { PaymeTransactionRow } from "../../../workflows/payments/payme/payme-rules"

/** Payme wants times as epoch milliseconds and an unset time as 0, never null. */
const ms = (time: Date | string | null) => (time ? new Date(time).getTime() : 0)

export const createdView = (row: PaymeTransactionRow) => ({ create_time: ms(row.create_time), transaction: row.id, state: row.state, receivers: null })

export const performedView = (row: PaymeTransactionRow) => ({ transaction: row.id, perform_time: ms(row.perform_time), state: row.state })

export const cancelledView = (row: PaymeTransactionRow) => ({ transaction: row.id, cancel_time: ms(row.cancel_time), state: row.state })

export const checkView = (row: PaymeTransactionRow) => ({
  create_time: ms(row.create_time),
  perform_time: ms(row.perform_time),
  cancel_time: ms(row.cancel_time),
  transaction: row.id,
  state: row.state,
  reason: row.reason,
})

export const statementView = (row: PaymeTransactionRow) => ({
  id: row.payme_id,
  time: ms(row.payme_time),
  amount: Number(row.amount_tiyin),
  account: row.account,
  ...checkView(row),
  receivers: null,
})
