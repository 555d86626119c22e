/* Codes a merchant returns to Click in `error`, with the notes docs.click.uz prints for them (§2.5). */
export const CLICK_ERRORS = {
  SUCCESS: 0,
  SIGN_CHECK_FAILED: -1,
  INCORRECT_AMOUNT: -2,
  ACTION_NOT_FOUND: -3,
  ALREADY_PAID: -4,
  USER_DOES_NOT_EXIST: -5,
  TRANSACTION_DOES_NOT_EXIST: -6,
  FAILED_TO_UPDATE_USER: -7,
  ERROR_IN_REQUEST: -8,
  TRANSACTION_CANCELLED: -9,
} as const

export type ClickErrorKind = keyof typeof CLICK_ERRORS

const NOTES: Record<ClickErrorKind, string> = {
  SUCCESS: "Success",
  SIGN_CHECK_FAILED: "SIGN CHECK FAILED!",
  INCORRECT_AMOUNT: "Incorrect parameter amount",
  ACTION_NOT_FOUND: "Action not found",
  ALREADY_PAID: "Already paid",
  USER_DOES_NOT_EXIST: "User does not exist",
  TRANSACTION_DOES_NOT_EXIST: "Transaction does not exist",
  FAILED_TO_UPDATE_USER: "Failed to update user",
  ERROR_IN_REQUEST: "Error in request from click",
  TRANSACTION_CANCELLED: "Transaction cancelled",
}

export function clickErrorNote(kind: ClickErrorKind): string {
  return NOTES[kind]
}
