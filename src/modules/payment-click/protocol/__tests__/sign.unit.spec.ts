import type { ClickRequest } from "../request"
import { clickSignString, isValidClickSign } from "../sign"

const SECRET = "secret-key"

// Expected hashes computed outside this code: printf '%s' "<concatenation>" | md5sum
const prepare: ClickRequest = {
  click_trans_id: "12345678901234567890",
  service_id: "12345",
  click_paydoc_id: "1",
  merchant_trans_id: "42",
  amount: "100000.00",
  action: "0",
  error: "0",
  error_note: "",
  sign_time: "2026-03-01 10:15:00",
  sign_string: "3a73d0764219179f4605c1c268ebcbcf",
}
const complete: ClickRequest = {
  ...prepare,
  merchant_prepare_id: "7",
  action: "1",
  sign_time: "2026-03-01 10:16:00",
  sign_string: "95d141bcd65fc4669fbe11dc58abcdf7",
}

describe("clickSignString", () => {
  it("hashes click_trans_id, service_id, secret, merchant_trans_id, amount, action and sign_time for Prepare", () => {
    expect(clickSignString(prepare, "prepare", SECRET)).toBe("3a73d0764219179f4605c1c268ebcbcf")
  })

  it("adds merchant_prepare_id after merchant_trans_id for Complete", () => {
    expect(clickSignString(complete, "complete", SECRET)).toBe("95d141bcd65fc4669fbe11dc58abcdf7")
  })

  it("hashes the amount exactly as received, so 100000 and 100000.00 sign differently", () => {
    expect(clickSignString({ ...prepare, amount: "100000" }, "prepare", SECRET)).not.toBe(
      clickSignString(prepare, "prepare", SECRET)
    )
  })

  it("refuses to sign a Complete without merchant_prepare_id", () => {
    const { merchant_prepare_id: _, ...withoutPrepareId } = complete
    expect(() => clickSignString(withoutPrepareId, "complete", SECRET)).toThrow("merchant_prepare_id")
  })
})

describe("isValidClickSign", () => {
  it("accepts Click's signatures for both phases, in either hex case", () => {
    expect(isValidClickSign(prepare, "prepare", SECRET)).toBe(true)
    expect(isValidClickSign(complete, "complete", SECRET)).toBe(true)
    expect(isValidClickSign({ ...prepare, sign_string: prepare.sign_string.toUpperCase() }, "prepare", SECRET)).toBe(true)
  })

  it("refuses another secret, a changed field and a Complete signed without merchant_prepare_id", () => {
    expect(isValidClickSign(prepare, "prepare", "other-secret")).toBe(false)
    expect(isValidClickSign({ ...prepare, amount: "1.00" }, "prepare", SECRET)).toBe(false)
    expect(isValidClickSign({ ...prepare, merchant_trans_id: "43" }, "prepare", SECRET)).toBe(false)
    const signedLikePrepare = clickSignString(complete, "prepare", SECRET)
    expect(isValidClickSign({ ...complete, sign_string: signedLikePrepare }, "complete", SECRET)).toBe(false)
  })

  it("refuses signatures of the wrong length or with trailing text", () => {
    expect(isValidClickSign({ ...prepare, sign_string: "3a73d076" }, "prepare", SECRET)).toBe(false)
    expect(isValidClickSign({ ...prepare, sign_string: `${prepare.sign_string}00` }, "prepare", SECRET)).toBe(false)
    expect(isValidClickSign({ ...prepare, sign_string: "not a signature" }, "prepare", SECRET)).toBe(false)
  })
})
