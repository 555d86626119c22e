import { CLICK_ERRORS, clickErrorNote, type ClickErrorKind } from "./errors"
import type { ClickPhase } from "./request"

export type ClickReplyFields = {
  click_trans_id?: string
  merchant_trans_id?: string
  merchant_prepare_id?: number | null
  merchant_confirm_id?: number | null
}

/*
 * Click documents click_trans_id as a bigint and its own libraries echo it as a JSON number, so it goes back as a
 * number while a JS number holds it exactly. Above Number.MAX_SAFE_INTEGER a number would round to another id, so
 * the exact digits go back as a string instead: a wrong id is worse than an unexpected type. Anything not made of
 * digits (echoed from a malformed request) stays a string too.
 */
function clickTransIdJson(clickTransId: string): number | string {
  return /^\d+$/.test(clickTransId) && BigInt(clickTransId) <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(clickTransId)
    : clickTransId
}

/** The JSON body answering a Prepare or Complete (§2.4); ids the request did not carry are left out. */
export function clickReply(phase: ClickPhase, kind: ClickErrorKind, fields: ClickReplyFields): Record<string, unknown> {
  const ownId =
    phase === "prepare"
      ? { merchant_prepare_id: fields.merchant_prepare_id ?? null }
      : { merchant_confirm_id: fields.merchant_confirm_id ?? null }
  return {
    ...(fields.click_trans_id !== undefined && { click_trans_id: clickTransIdJson(fields.click_trans_id) }),
    ...(fields.merchant_trans_id !== undefined && { merchant_trans_id: fields.merchant_trans_id }),
    ...ownId,
    error: CLICK_ERRORS[kind],
    error_note: clickErrorNote(kind),
  }
}
