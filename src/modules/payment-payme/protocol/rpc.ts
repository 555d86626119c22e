import { z } from "zod"
import { type PaymeRpcError, paymeError } from "./errors"
import type { PaymeRequestId } from "./response"

export const PAYME_METHODS = [
  "CheckPerformTransaction",
  "CreateTransaction",
  "PerformTransaction",
  "CancelTransaction",
  "CheckTransaction",
  "GetStatement",
  "SetFiscalData",
] as const

export type PaymeMethod = (typeof PAYME_METHODS)[number]

export type PaymeParams = {
  CheckPerformTransaction: { amount: number; account: Record<string, string> }
  CreateTransaction: { id: string; time: number; amount: number; account: Record<string, string> }
  PerformTransaction: { id: string }
  CancelTransaction: { id: string; reason: number }
  CheckTransaction: { id: string }
  GetStatement: { from: number; to: number }
  SetFiscalData: { id: string; type: "PERFORM" | "CANCEL"; fiscal_data: Record<string, unknown> }
}

export type PaymeRequest = {
  [M in PaymeMethod]: { id: PaymeRequestId; method: M; params: PaymeParams[M] }
}[PaymeMethod]

export type ParsedPaymeRequest =
  | { ok: true; request: PaymeRequest }
  | { ok: false; id: PaymeRequestId; error: PaymeRpcError }

const transactionId = z.string().min(1).max(64)
const timestamp = z.int().min(0)
const amount = z.int().positive() // tiyin; z.int() also refuses numbers beyond Number.MAX_SAFE_INTEGER

const isScalar = (value: unknown) => ["string", "number", "boolean"].includes(typeof value)

const accountValue = z.union([z.string().min(1), z.number().transform(String)])

/** The account object with every scalar value as a string; `accountField` must be present and non-empty. */
function account(accountField: string) {
  return z
    .looseObject({ [accountField]: accountValue })
    .transform((fields): Record<string, string> => {
      const scalars = Object.entries(fields).filter(([, value]) => isScalar(value))
      return Object.fromEntries(scalars.map(([key, value]) => [key, String(value)]))
    })
}

const PARAMS: { [M in PaymeMethod]: (accountField: string) => z.ZodType<PaymeParams[M]> } = {
  CheckPerformTransaction: (accountField) => z.object({ amount, account: account(accountField) }),
  CreateTransaction: (accountField) =>
    z.object({ id: transactionId, time: timestamp, amount, account: account(accountField) }),
  PerformTransaction: () => z.object({ id: transactionId }),
  CancelTransaction: () => z.object({ id: transactionId, reason: z.int() }), // unknown reasons are stored too (§1.5)
  CheckTransaction: () => z.object({ id: transactionId }),
  GetStatement: () =>
    z
      .object({ from: timestamp, to: timestamp })
      .refine((range) => range.from <= range.to, { path: ["from"], message: "from is after to" }),
  SetFiscalData: () =>
    z.object({
      id: transactionId,
      type: z.enum(["PERFORM", "CANCEL"]),
      fiscal_data: z.record(z.string(), z.unknown()),
    }),
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const isKnownMethod = (method: string): method is PaymeMethod => (PAYME_METHODS as readonly string[]).includes(method)

/** The Payme error for the first bad param: amount and account have their own codes (§1.6.1), the rest are -32600. */
function paramsError(issue: z.core.$ZodIssue, accountField: string): PaymeRpcError {
  const [param] = issue.path
  if (param === "amount") {
    return paymeError("WRONG_AMOUNT")
  }
  if (param === "account") {
    return paymeError("ORDER_NOT_FOUND", accountField)
  }
  return paymeError("INVALID_REQUEST", ["params", ...issue.path].join("."))
}

/**
 * Reads a Merchant API call from the raw body, whatever its Content-Type (Payme's own example sends text/json).
 * The route answers a failure with `rpcError(id, error)`; `id` is echoed whenever the request carried a usable one.
 */
export function parsePaymeRequest(
  rawBody: string | Buffer | undefined | null,
  accountField: string
): ParsedPaymeRequest {
  let body: unknown
  try {
    body = JSON.parse(rawBody?.toString() ?? "")
  } catch {
    return { ok: false, id: null, error: paymeError("PARSE_ERROR") }
  }
  if (!isPlainObject(body)) {
    return { ok: false, id: null, error: paymeError("INVALID_REQUEST") }
  }
  const { id, method, params } = body
  if (typeof id !== "number" && typeof id !== "string") {
    return { ok: false, id: null, error: paymeError("INVALID_REQUEST", "id") }
  }
  if (typeof method !== "string") {
    return { ok: false, id, error: paymeError("INVALID_REQUEST", "method") }
  }
  if (!isPlainObject(params)) {
    return { ok: false, id, error: paymeError("INVALID_REQUEST", "params") }
  }
  // ChangePassword is unknown on purpose: the key lives only in the environment, so Payme cannot rotate it.
  if (!isKnownMethod(method)) {
    return { ok: false, id, error: paymeError("METHOD_NOT_FOUND", method) }
  }
  const parsed = PARAMS[method](accountField).safeParse(params)
  if (!parsed.success) {
    return { ok: false, id, error: paramsError(parsed.error.issues[0], accountField) }
  }
  return { ok: true, request: { id, method, params: parsed.data } as PaymeRequest }
}
