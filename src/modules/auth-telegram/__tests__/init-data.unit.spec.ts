import { createHmac } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { signInitData, TelegramAuthErrorCodes, verifyInitData } from "../init-data"

const botToken = "123456:test-token-for-dasturxon-unit-tests"
const authDate = 1767225600 // 2026-01-01T00:00:00Z
const now = new Date(authDate * 1000 + 5 * 60 * 1000)
const options = { now, maxAgeSeconds: 86_400 }
const user = { id: 279058397, first_name: "Алишер", last_name: "Каримов", username: "alisher_k", language_code: "uz" }

function refusal(initData: string, token = botToken, verifyOptions = options): MedusaError {
  try {
    verifyInitData(initData, token, verifyOptions)
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected verifyInitData to refuse")
}

/** Replaces one field of a query string, keeping the original hash. */
function withField(initData: string, key: string, value: string): string {
  const params = new URLSearchParams(initData)
  params.set(key, value)
  return params.toString()
}

describe("verifyInitData", () => {
  describe("a launch signed by Telegram", () => {
    // Written out by hand as a Telegram client sends it (fields unsorted, user as percent-encoded JSON); the hash
    // was computed with `openssl dgst -sha256 -hmac` over the data_check_string below, outside this code.
    const userJson =
      '{"id":279058397,"first_name":"Алишер","last_name":"Каримов","username":"alisher_k","language_code":"uz"}'
    const dataCheckString = `auth_date=1767225600\nquery_id=AAHdF6IQAAAAAN0XohDhrOrc\nuser=${userJson}`
    const expectedHash = "25d7b1bec8c43df0a6543c84c3ebed68657d05a3a2036147e66400675eaa60ba"
    const literalInitData =
      "query_id=AAHdF6IQAAAAAN0XohDhrOrc" +
      "&user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22%D0%90%D0%BB%D0%B8%D1%88%D0%B5%D1%80%22%2C%22last_name%22%3A%22%D0%9A%D0%B0%D1%80%D0%B8%D0%BC%D0%BE%D0%B2%22%2C%22username%22%3A%22alisher_k%22%2C%22language_code%22%3A%22uz%22%7D" +
      "&auth_date=1767225600" +
      `&hash=${expectedHash}`

    it("matches a hash computed with node:crypto by Telegram's recipe", () => {
      const secretKey = createHmac("sha256", "WebAppData").update(botToken).digest()
      expect(createHmac("sha256", secretKey).update(dataCheckString).digest("hex")).toBe(expectedHash)
    })

    it("accepts the literal initData and returns its user, auth_date and query_id", () => {
      expect(verifyInitData(literalInitData, botToken, options)).toEqual({
        user,
        auth_date: authDate,
        query_id: "AAHdF6IQAAAAAN0XohDhrOrc",
      })
    })

    it("signs the same fields to the same hash as Telegram", () => {
      const signed = signInitData({ query_id: "AAHdF6IQAAAAAN0XohDhrOrc", user, auth_date: authDate }, botToken)
      expect(new URLSearchParams(signed).get("hash")).toBe(expectedHash)
    })
  })

  it("accepts initData built with signInitData, with only the required fields", () => {
    const initData = signInitData({ user: { id: 42, first_name: "Dilnoza" }, auth_date: authDate }, botToken)
    expect(verifyInitData(initData, botToken, options)).toEqual({ user: { id: 42, first_name: "Dilnoza" }, auth_date: authDate })
  })

  it("includes fields it does not read (signature, chat_type) in the signed data", () => {
    const initData = signInitData({ user, auth_date: authDate, chat_type: "sender", signature: "abc" }, botToken)
    expect(verifyInitData(initData, botToken, options).user.id).toBe(user.id)
    expect(refusal(withField(initData, "chat_type", "private")).code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
  })

  it("refuses a tampered user with 401 INIT_DATA_INVALID", () => {
    const initData = signInitData({ user, auth_date: authDate }, botToken)
    const error = refusal(withField(initData, "user", JSON.stringify({ ...user, id: 1 })))
    expect(error.type).toBe(MedusaError.Types.UNAUTHORIZED)
    expect(error.code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
    expect(error.message).toMatch(/hash does not match/)
  })

  it("refuses a tampered auth_date (a stale launch made to look fresh)", () => {
    const initData = signInitData({ user, auth_date: authDate - 7 * 86_400 }, botToken)
    expect(refusal(withField(initData, "auth_date", String(authDate))).code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
  })

  it("refuses initData signed with another bot's token", () => {
    const initData = signInitData({ user, auth_date: authDate }, "654321:another-bot")
    expect(refusal(initData).code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
  })

  it("refuses initData without a hash", () => {
    const params = new URLSearchParams(signInitData({ user, auth_date: authDate }, botToken))
    params.delete("hash")
    expect(refusal(params.toString()).message).toMatch(/no hash/)
    expect(refusal("").code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
  })

  it("refuses a hash in capitals or truncated", () => {
    const initData = signInitData({ user, auth_date: authDate }, botToken)
    const hash = new URLSearchParams(initData).get("hash")!
    expect(refusal(withField(initData, "hash", hash.toUpperCase())).code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
    expect(refusal(withField(initData, "hash", hash.slice(0, 32))).code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
  })

  it("refuses a repeated field even when the first copy is the signed one", () => {
    const initData = signInitData({ user, auth_date: authDate }, botToken)
    const error = refusal(`${initData}&user=${encodeURIComponent(JSON.stringify({ ...user, id: 1 }))}`)
    expect(error.message).toMatch(/repeats the field user/)
  })

  it("accepts auth_date exactly maxAgeSeconds old and refuses one second older with 401 INIT_DATA_EXPIRED", () => {
    const nowSeconds = authDate + 3600
    const at = new Date(nowSeconds * 1000)
    const fresh = signInitData({ user, auth_date: nowSeconds - 3600 }, botToken)
    expect(verifyInitData(fresh, botToken, { now: at, maxAgeSeconds: 3600 }).auth_date).toBe(authDate)

    const stale = signInitData({ user, auth_date: nowSeconds - 3601 }, botToken)
    const error = refusal(stale, botToken, { now: at, maxAgeSeconds: 3600 })
    expect(error.type).toBe(MedusaError.Types.UNAUTHORIZED)
    expect(error.code).toBe(TelegramAuthErrorCodes.INIT_DATA_EXPIRED)
    expect(error.message).toMatch(/reopen the Mini App/)
  })

  it("allows 60 s of clock skew into the future and refuses more", () => {
    const nowSeconds = Math.floor(now.getTime() / 1000)
    const skewed = signInitData({ user, auth_date: nowSeconds + 60 }, botToken)
    expect(verifyInitData(skewed, botToken, options).auth_date).toBe(nowSeconds + 60)

    const future = signInitData({ user, auth_date: nowSeconds + 61 }, botToken)
    const error = refusal(future)
    expect(error.code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
    expect(error.message).toMatch(/future/)
  })

  it.each([["abc"], ["-5"], ["1.5"], [""]])("refuses a signed auth_date of %p", (value) => {
    const initData = signInitData({ user, auth_date: value }, botToken)
    expect(refusal(initData).message).toMatch(/auth_date is not a Unix time/)
  })

  it("refuses a signed user that is not JSON", () => {
    const initData = signInitData({ user: "{id:42", auth_date: authDate }, botToken)
    const error = refusal(initData)
    expect(error.code).toBe(TelegramAuthErrorCodes.INIT_DATA_INVALID)
    expect(error.message).toMatch(/user is not JSON/)
  })

  it.each([
    ["no id", { first_name: "A" }],
    ["a string id", { id: "42", first_name: "A" }],
    ["a zero id", { id: 0, first_name: "A" }],
    ["no first_name", { id: 42 }],
    ["an array", [42]],
  ])("refuses a signed user with %s", (_, badUser) => {
    const initData = signInitData({ user: badUser, auth_date: authDate }, botToken)
    expect(refusal(initData).message).toMatch(/no numeric id or first_name/)
  })

  it("refuses signed initData without a user", () => {
    const initData = signInitData({ auth_date: authDate, query_id: "q" }, botToken)
    expect(refusal(initData).message).toMatch(/names no user/)
  })

  it("drops user fields of the wrong type and ones it does not use", () => {
    const initData = signInitData(
      { user: { id: 42, first_name: "A", username: 7, is_premium: true, photo_url: "https://t.me/i/u.jpg" }, auth_date: authDate },
      botToken
    )
    expect(verifyInitData(initData, botToken, options).user).toEqual({ id: 42, first_name: "A" })
  })
})
