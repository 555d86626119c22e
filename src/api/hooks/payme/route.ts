import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../../../config/env"
import { paymeSettings } from "../../../config/payments"
import {
  isAuthorizedPayme,
  paymeError,
  parsePaymeRequest,
  rpcError,
  rpcResult,
  type PaymeRequest,
  type PaymeResponse,
} from "../../../modules/payment-payme/protocol"
import { readRawBody } from "../raw-body"
import { recordGatewayCall } from "../record-gateway-call"
import { PAYME_HANDLERS } from "./methods"
import { toPaymeError } from "./outcomes"

const settings = paymeSettings(readEnv())

function dispatch(request: PaymeRequest, scope: MedusaContainer) {
  const handler = PAYME_HANDLERS[request.method] as (params: unknown, scope: MedusaContainer, s: typeof settings) => Promise<unknown>
  return handler(request.params, scope, settings)
}

type Answer = { response: PaymeResponse; request: PaymeRequest | null }

async function answer(req: MedusaRequest): Promise<Answer> {
  if (!settings) return { response: rpcError(null, paymeError("SYSTEM_ERROR")), request: null }
  const parsed = parsePaymeRequest(await readRawBody(req), settings.accountField)
  const id = parsed.ok ? parsed.request.id : parsed.id
  // Credentials first: an unauthenticated caller learns nothing, not even whether its JSON parsed, and leaves no body.
  if (!isAuthorizedPayme(req.headers.authorization, settings.key)) return { response: rpcError(id, paymeError("INSUFFICIENT_PRIVILEGE")), request: null }
  if (!parsed.ok) return { response: rpcError(id, parsed.error), request: null }
  try {
    return { response: rpcResult(id, await dispatch(parsed.request, req.scope)), request: parsed.request }
  } catch (error) {
    const rpc = toPaymeError(error, settings.accountField)
    if (rpc.kind === "SYSTEM_ERROR") {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Payme ${parsed.request.method} failed: ${error instanceof Error ? error.stack : String(error)}`)
    }
    return { response: rpcError(id, rpc), request: parsed.request }
  }
}

/** POST /hooks/payme: Payme's Merchant API (JSON-RPC 2.0). Always HTTP 200: Payme reads any other status as -32400. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const startedAt = Date.now()
  const { response, request } = await answer(req)
  const params = (request?.params ?? {}) as { id?: string }
  await recordGatewayCall(req.scope, {
    gateway: "payme",
    operation: request?.method ?? "unparsed",
    gateway_transaction_id: typeof params.id === "string" ? params.id : null,
    request: request as Record<string, unknown> | null,
    response: response as unknown as Record<string, unknown>,
    outcome: "error" in response ? String(response.error.code) : "ok",
    started_at: startedAt,
  })
  res.status(200).json(response)
}

/** Payme only POSTs; anything else is answered in its protocol (-32300), still with HTTP 200. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.status(200).json(rpcError(null, paymeError("METHOD_NOT_POST")))
}
