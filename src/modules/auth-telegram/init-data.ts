import { createHmac, timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

/** Stable codes of the telegram auth provider; README.md beside this file says when each is answered. */
export const TelegramAuthErrorCodes = {
  INIT_DATA_INVALID: "INIT_DATA_INVALID",
  INIT_DATA_EXPIRED: "INIT_DATA_EXPIRED",
} as const

export type TelegramUser = {
  id: number
  first_name: string
  last_name?: string
  username?: string
  language_code?: string
}

export type TelegramInitData = {
  user: TelegramUser
  /** Unix seconds at which Telegram signed the data. */
  auth_date: number
  query_id?: string
}

export type VerifyInitDataOptions = {
  now: Date
  maxAgeSeconds: number
}

/** A client clock may run ahead of ours; more than this and the data is not from a real launch. */
const ALLOWED_FUTURE_SKEW_SECONDS = 60

/**
 * Checks Telegram's signature over a Mini App's `initData` (core.telegram.org/bots/webapps, "Validating data received
 * via the Mini App") and returns the user it vouches for. Throws UNAUTHORIZED INIT_DATA_INVALID or INIT_DATA_EXPIRED.
 */
export function verifyInitData(initData: string, botToken: string, { now, maxAgeSeconds }: VerifyInitDataOptions): TelegramInitData {
  const fields = parseFields(initData)
  const { hash, ...signed } = fields
  if (!hash) {
    throw invalid("The init data carries no hash")
  }
  if (!isSameHex(hash, initDataHash(signed, botToken))) {
    throw invalid("The init data's hash does not match its fields")
  }

  const authDate = parseAuthDate(signed.auth_date)
  const nowSeconds = Math.floor(now.getTime() / 1000)
  if (authDate > nowSeconds + ALLOWED_FUTURE_SKEW_SECONDS) {
    throw invalid("The init data is dated in the future")
  }
  if (nowSeconds - authDate > maxAgeSeconds) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "The Telegram init data has expired: reopen the Mini App from the bot and try again",
      TelegramAuthErrorCodes.INIT_DATA_EXPIRED
    )
  }

  return {
    user: parseUser(signed.user),
    auth_date: authDate,
    ...(signed.query_id !== undefined && { query_id: signed.query_id }),
  }
}

/**
 * Builds initData signed with `botToken` the way Telegram does, for tests that play the Telegram client.
 * Objects (the `user`) are sent as JSON, as Telegram sends them.
 */
export function signInitData(fields: Record<string, string | number | object>, botToken: string): string {
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(fields)) {
    values[key] = typeof value === "object" ? JSON.stringify(value) : String(value)
  }
  const hash = initDataHash(values, botToken)
  return Object.entries({ ...values, hash })
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join("&")
}

/** hex(HMAC_SHA256(HMAC_SHA256("WebAppData", bot_token), data_check_string)) over every field but `hash`. */
function initDataHash(signedFields: Record<string, string>, botToken: string): string {
  const dataCheckString = Object.keys(signedFields)
    // Code-unit order, as Telegram sorts; localeCompare would differ on "_" and capitals.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => `${key}=${signedFields[key]}`)
    .join("\n")
  const secretKey = createHmac("sha256", "WebAppData").update(botToken).digest()
  return createHmac("sha256", secretKey).update(dataCheckString).digest("hex")
}

function parseFields(initData: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [key, value] of new URLSearchParams(initData)) {
    // A repeated key would let the checked value and the used value differ.
    if (key in fields) {
      throw invalid(`The init data repeats the field ${key}`)
    }
    fields[key] = value
  }
  return fields
}

function isSameHex(received: string, expected: string): boolean {
  const receivedBytes = Buffer.from(received, "utf8")
  const expectedBytes = Buffer.from(expected, "utf8")
  return receivedBytes.length === expectedBytes.length && timingSafeEqual(receivedBytes, expectedBytes)
}

function parseAuthDate(value: string | undefined): number {
  if (value === undefined || !/^\d{1,12}$/.test(value)) {
    throw invalid("The init data's auth_date is not a Unix time")
  }
  return Number(value)
}

function parseUser(value: string | undefined): TelegramUser {
  if (value === undefined) {
    throw invalid("The init data names no user")
  }
  let user: unknown
  try {
    user = JSON.parse(value)
  } catch {
    throw invalid("The init data's user is not JSON")
  }
  if (!isRecord(user) || !Number.isSafeInteger(user.id) || (user.id as number) <= 0 || typeof user.first_name !== "string") {
    throw invalid("The init data's user has no numeric id or first_name")
  }
  return {
    id: user.id as number,
    first_name: user.first_name,
    ...optionalString(user, "last_name"),
    ...optionalString(user, "username"),
    ...optionalString(user, "language_code"),
  }
}

function optionalString<K extends string>(record: Record<string, unknown>, key: K): Partial<Record<K, string>> {
  const value = record[key]
  return typeof value === "string" ? ({ [key]: value } as Record<K, string>) : {}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function invalid(reason: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.UNAUTHORIZED,
    `${reason}: open the shop from the Telegram bot so that Telegram signs the launch data`,
    TelegramAuthErrorCodes.INIT_DATA_INVALID
  )
}
