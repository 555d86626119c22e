import { CLICK_ERRORS, clickErrorNote } from "../errors"
import { clickReply } from "../response"

describe("clickReply", () => {
  it("answers a Prepare with the echoed ids, merchant_prepare_id, error and the doc note", () => {
    const fields = { click_trans_id: "555", merchant_trans_id: "order_1", merchant_prepare_id: 7 }
    expect(clickReply("prepare", "SUCCESS", fields)).toEqual({
      click_trans_id: 555,
      merchant_trans_id: "order_1",
      merchant_prepare_id: 7,
      error: 0,
      error_note: "Success",
    })
  })

  it("answers a Complete with merchant_confirm_id and no merchant_prepare_id", () => {
    const fields = { click_trans_id: "555", merchant_trans_id: "order_1", merchant_confirm_id: null }
    expect(clickReply("complete", "TRANSACTION_CANCELLED", fields)).toEqual({
      click_trans_id: 555,
      merchant_trans_id: "order_1",
      merchant_confirm_id: null,
      error: -9,
      error_note: "Transaction cancelled",
    })
  })

  it("sends null for its own id when there is none and leaves out ids the request did not carry", () => {
    expect(clickReply("prepare", "ERROR_IN_REQUEST", {})).toEqual({
      merchant_prepare_id: null,
      error: -8,
      error_note: "Error in request from click",
    })
  })

  it("sends click_trans_id as a number up to 2^53 - 1 and as the exact digits above", () => {
    expect(clickReply("prepare", "SUCCESS", { click_trans_id: "9007199254740991" }).click_trans_id).toBe(9007199254740991)
    expect(clickReply("prepare", "SUCCESS", { click_trans_id: "9007199254740993" }).click_trans_id).toBe("9007199254740993")
  })

  it("echoes a click_trans_id that is not made of digits as it came", () => {
    expect(clickReply("prepare", "ERROR_IN_REQUEST", { click_trans_id: "abc" }).click_trans_id).toBe("abc")
  })
})

describe("CLICK_ERRORS", () => {
  it("has Click's codes and notes", () => {
    const codesAndNotes = Object.entries(CLICK_ERRORS).map(([kind, code]) => [
      code,
      clickErrorNote(kind as keyof typeof CLICK_ERRORS),
    ])
    expect(codesAndNotes).toEqual([
      [0, "Success"],
      [-1, "SIGN CHECK FAILED!"],
      [-2, "Incorrect parameter amount"],
      [-3, "Action not found"],
      [-4, "Already paid"],
      [-5, "User does not exist"],
      [-6, "Transaction does not exist"],
      [-7, "Failed to update user"],
      [-8, "Error in request from click"],
      [-9, "Transaction cancelled"],
    ])
  })
})
