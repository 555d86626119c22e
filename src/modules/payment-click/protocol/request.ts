import { z } from "zod"

export type ClickPhase = "prepare" | "complete"

/* Every value is the raw received string: ids can exceed 2^53 and the signature hashes the exact text (§2.1, §2.3). */
export type ClickRequest = {
  click_trans_id: string
  service_id: string
  click_paydoc_id: string
  merchant_trans_id: string
  /** Complete only. */
  merchant_prepare_id?: string
  amount: string
  action: string
  error: string
  error_note: string
  sign_time: string
  sign_string: string
}

export type ClickRequestParse =
  | { ok: true; request: ClickRequest }
  | { ok: false; kind: "ERROR_IN_REQUEST"; echo: Partial<ClickRequest> }

const digits = z.string().regex(/^\d+$/)
const filled = z.string().min(1)

const prepareSchema = z.object({
  click_trans_id: digits,
  service_id: digits,
  click_paydoc_id: digits,
  merchant_trans_id: filled,
  amount: z.string().regex(/^\d+(\.\d{1,2})?$/),
  // Any non-empty text: a value other than 0 or 1 is "Action not found" (-3), decided after the sign check.
  action: filled,
  error: z.string().regex(/^-?\d+$/),
  // Informational and outside the signature, so an absent note is read as empty rather than refusing the payment.
  error_note: z.string().default(""),
  sign_time: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/),
  // Any non-empty text: a malformed signature is "SIGN CHECK FAILED!" (-1), as Click's test suite expects.
  sign_string: filled,
})

const completeSchema = prepareSchema.extend({ merchant_prepare_id: digits })

const FIELDS = Object.keys(completeSchema.shape) as (keyof ClickRequest)[]

/** The fields that arrived as strings, so an error reply can still echo click_trans_id and merchant_trans_id. */
function readableFields(body: unknown): Partial<ClickRequest> {
  if (typeof body !== "object" || body === null) {
    return {}
  }
  const record = body as Record<string, unknown>
  const readable = FIELDS.filter((field) => typeof record[field] === "string")
  return Object.fromEntries(readable.map((field) => [field, record[field]]))
}

/** Reads a form-urlencoded Prepare or Complete callback; anything missing or malformed is Click's error -8. */
export function parseClickRequest(body: unknown, phase: ClickPhase): ClickRequestParse {
  const parsed = (phase === "prepare" ? prepareSchema : completeSchema).safeParse(body)
  return parsed.success
    ? { ok: true, request: parsed.data }
    : { ok: false, kind: "ERROR_IN_REQUEST", echo: readableFields(body) }
}
