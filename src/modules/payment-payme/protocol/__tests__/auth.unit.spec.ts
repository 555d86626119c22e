import { isAuthorizedPayme } from ".."

const KEY = "3kQ#x9?mH&vZ2pR@tW7yN%bF4cL8dJ6sE1aG"
const basic = (credentials: string, scheme = "Basic") => `${scheme} ${Buffer.from(credentials).toString("base64")}`

describe("isAuthorizedPayme", () => {
  it("accepts Paycom with the cashbox key", () => {
    expect(isAuthorizedPayme(basic(`Paycom:${KEY}`), KEY)).toBe(true)
  })

  it("accepts the scheme in any case", () => {
    expect(isAuthorizedPayme(basic(`Paycom:${KEY}`, "basic"), KEY)).toBe(true)
    expect(isAuthorizedPayme(basic(`Paycom:${KEY}`, "BASIC"), KEY)).toBe(true)
  })

  it("refuses the sandbox's Paycom:Uzcard:… probe, even when it ends with the key", () => {
    expect(isAuthorizedPayme(basic("Paycom:Uzcard:xyz"), KEY)).toBe(false)
    expect(isAuthorizedPayme(basic(`Paycom:Uzcard:${KEY}`), KEY)).toBe(false)
  })

  it("refuses a wrong login, a wrong key, or the key with a suffix", () => {
    expect(isAuthorizedPayme(basic(`Payme:${KEY}`), KEY)).toBe(false)
    expect(isAuthorizedPayme(basic(`paycom:${KEY}`), KEY)).toBe(false)
    expect(isAuthorizedPayme(basic(`Paycom:${KEY.slice(1)}`), KEY)).toBe(false)
    expect(isAuthorizedPayme(basic(`Paycom:${KEY} `), KEY)).toBe(false)
    expect(isAuthorizedPayme(basic(KEY), KEY)).toBe(false)
  })

  it("refuses everything when the configured key is empty", () => {
    expect(isAuthorizedPayme(basic("Paycom:"), "")).toBe(false)
  })

  it("refuses a missing header, another scheme and garbage base64", () => {
    expect(isAuthorizedPayme(undefined, KEY)).toBe(false)
    expect(isAuthorizedPayme("", KEY)).toBe(false)
    expect(isAuthorizedPayme(basic(`Paycom:${KEY}`, "Bearer"), KEY)).toBe(false)
    expect(isAuthorizedPayme(Buffer.from(`Paycom:${KEY}`).toString("base64"), KEY)).toBe(false)
    expect(isAuthorizedPayme("Basic", KEY)).toBe(false)
    expect(isAuthorizedPayme("Basic !!!not-base64!!!", KEY)).toBe(false)
    expect(isAuthorizedPayme(`Basic ${Buffer.from(`Paycom:${KEY}`).toString("base64")} extra`, KEY)).toBe(false)
  })
})
