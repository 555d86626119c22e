import { tiyinToSoum } from "../../../../../lib/payments/money"
import type GatewayModuleService from "../../../../../modules/gateway/service"

/** A Payme or Click transaction as the admin order page shows it: one shape for both gateways. */
export type GatewayTransactionView = {
  gateway: "payme" | "click"
  id: string
  gateway_transaction_id: string
  /** Payme: CREATED, PERFORMED, CANCELLED, REFUNDED; Click: its own status (PREPARED, COMPLETED, ...). */
  state: string
  /** Payme's numeric state; null for Click. */
  state_code: number | null
  /** UZS, exact. */
  amount: string
  /** Payme's cancel reason code; for Click, why the attempt ended and the error Click reported. */
  reason: number | string | null
  created_at: string
  performed_at: string | null
  cancelled_at: string | null
  reversed_at: string | null
  failure: string | null
}

type Listed<Method extends "listPaymeTransactions" | "listClickTransactions"> = Awaited<
  ReturnType<GatewayModuleService[Method]>
>[number]

export type PaymeTransactionRow = Pick<
  Listed<"listPaymeTransactions">,
  | "id"
  | "payme_id"
  | "raw_amount_tiyin"
  | "state"
  | "reason"
  | "create_time"
  | "perform_time"
  | "cancel_time"
  | "failure"
>

export type ClickTransactionRow = Pick<
  Listed<"listClickTransactions">,
  | "id"
  | "click_trans_id"
  | "raw_amount_tiyin"
  | "status"
  | "click_error"
  | "click_error_note"
  | "cancel_reason"
  | "failure"
  | "prepared_at"
  | "completed_at"
  | "cancelled_at"
  | "reversed_at"
>

const PAYME_STATES: Record<number, string> = { 1: "CREATED", 2: "PERFORMED", [-1]: "CANCELLED", [-2]: "REFUNDED" }

// The raw value ({value: "500000", precision}) is the exact one; `amount_tiyin` is Medusa's JS-number copy of it.
const amountOf = (row: PaymeTransactionRow | ClickTransactionRow) =>
  tiyinToSoum(BigInt(String(row.raw_amount_tiyin.value)))

const iso = (time: Date | string) => new Date(time).toISOString()
const isoOrNull = (time: Date | string | null) => (time ? iso(time) : null)

export function paymeTransactionView(row: PaymeTransactionRow): GatewayTransactionView {
  return {
    gateway: "payme",
    id: row.id,
    gateway_transaction_id: row.payme_id,
    state: PAYME_STATES[row.state] ?? `STATE_${row.state}`,
    state_code: row.state,
    amount: amountOf(row),
    reason: row.reason,
    created_at: iso(row.create_time),
    performed_at: isoOrNull(row.perform_time),
    // Payme cancels before (-1) and after perform (-2) with the same call; the state says which one it was.
    cancelled_at: isoOrNull(row.cancel_time),
    reversed_at: null,
    failure: row.failure,
  }
}

function clickReason(row: ClickTransactionRow): string | null {
  const clickError =
    row.click_error == null ? null : [`Click error ${row.click_error}`, row.click_error_note].filter(Boolean).join(": ")
  return [row.cancel_reason, clickError].filter(Boolean).join("; ") || null
}

export function clickTransactionView(row: ClickTransactionRow): GatewayTransactionView {
  return {
    gateway: "click",
    id: row.id,
    gateway_transaction_id: row.click_trans_id,
    state: row.status,
    state_code: null,
    amount: amountOf(row),
    reason: clickReason(row),
    created_at: iso(row.prepared_at),
    performed_at: isoOrNull(row.completed_at),
    cancelled_at: isoOrNull(row.cancelled_at),
    reversed_at: isoOrNull(row.reversed_at),
    failure: row.failure,
  }
}

// ISO times in UTC order as their text does.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Both gateways' transactions in one list, oldest first (ties in id order, so the list is stable). */
export function gatewayTransactionViews(
  payme: PaymeTransactionRow[],
  click: ClickTransactionRow[]
): GatewayTransactionView[] {
  return [...payme.map(paymeTransactionView), ...click.map(clickTransactionView)].sort(
    (a, b) => compareText(a.created_at, b.created_at) || compareText(a.id, b.id)
  )
}
