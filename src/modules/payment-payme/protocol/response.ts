import type { LocalizedMessage, PaymeRpcError } from "./errors"

export type PaymeRequestId = number | string | null

// The docs make `result` and `error` mutually exclusive, so neither is sent as null beside the other.
export type PaymeResponse =
  | { jsonrpc: "2.0"; id: PaymeRequestId; result: unknown }
  | { jsonrpc: "2.0"; id: PaymeRequestId; error: { code: number; message: LocalizedMessage; data?: unknown } }

export function rpcResult(id: PaymeRequestId, result: unknown): PaymeResponse {
  return { jsonrpc: "2.0", id, result }
}

export function rpcError(id: PaymeRequestId, error: PaymeRpcError): PaymeResponse {
  const body = { code: error.code, message: error.localized }
  return { jsonrpc: "2.0", id, error: error.data === undefined ? body : { ...body, data: error.data } }
}
