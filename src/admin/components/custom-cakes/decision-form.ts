import type { AdminCustomCake, ApproveCustomCakeBody } from "../../hooks/custom-cakes"

/** The API refuses a shorter rejection reason; the dialog keeps its button disabled until then. */
export const MIN_REASON_LENGTH = 3
export const isReasonLongEnough = (reason: string) => reason.trim().length >= MIN_REASON_LENGTH

export const DEFAULT_EXPIRY_HOURS = 48

/** The approve dialog's fields as typed; numbers stay text until sent. */
export type ApproveForm = { final_price: string; final_servings: string; expires_in_hours: string; staff_note: string }

/**
 * Starts from the suggestion: its price only when the request is in UZS (the suggestion's currency), and the
 * servings the customer asked for, else the suggested party servings.
 */
export function approveFormOf(cake: AdminCustomCake): ApproveForm {
  return {
    final_price: cake.currency_code.toLowerCase() === "uzs" ? String(cake.predicted_price) : "",
    final_servings: String(cake.servings_wanted ?? cake.predicted_servings.party),
    expires_in_hours: String(DEFAULT_EXPIRY_HOURS),
    staff_note: "",
  }
}

// Staff type "350 000" or "12,5"; a comma followed by three digits ("350,000") is refused rather than read as 350.
const AMOUNT = /^\d+(?:[.,]\d{1,2})?$/
const WHOLE = /^\d+$/
const withoutSpaces = (text: string) => text.replace(/\s/g, "")

function amountOf(label: string, text: string): number {
  const digits = withoutSpaces(text)
  if (!AMOUNT.test(digits)) throw new Error(`${label}: write the amount in digits, e.g. 350000 or 350 000.`)
  return Number(digits.replace(",", "."))
}

function wholeNumberOf(label: string, text: string): number {
  const digits = withoutSpaces(text)
  if (!WHOLE.test(digits)) throw new Error(`${label}: write a whole number.`)
  return Number(digits)
}

/** The approve request for the form; throws an Error naming the field to fix. Ranges are the server's to check. */
export function approveBodyOf(form: ApproveForm): ApproveCustomCakeBody {
  const note = form.staff_note.trim()
  return {
    final_price: amountOf("Final price", form.final_price),
    final_servings: wholeNumberOf("Final servings", form.final_servings),
    expires_in_hours: wholeNumberOf("Payment links expire after", form.expires_in_hours),
    ...(note ? { staff_note: note } : {}),
  }
}
