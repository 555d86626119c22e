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
import { PAYME_HANDLERS } from "./methods"
import { toPaymeError } from "./outcomes"

const settings = paymeSettings(readEnv())

function dispatch(request: PaymeRequest, scope: MedusaContainer) {
  const handler = PAYME_HANDLERS[request.method] as (params: unknown, scope: MedusaContainer, s: typeof settings) => Promise<unknown>
  return handler(request.params, scope, settings)
}

async function answer(req: MedusaRequest): Promise<PaymeResponse> {
  if (!settings) return rpcError(null, paymeError("SYSTEM_ERROR"))
  const parsed = parsePaymeRequest(await readRawBody(req), settings.accountField)
  const id = parsed.ok ? parsed.request.id : parsed.id
  // Credentials first: an unauthenticated caller learns nothing, not even whether its JSON parsed.
  if (!isAuthorizedPayme(req.headers.authorization, settings.key)) return rpcError(id, paymeError("INSUFFICIENT_PRIVILEGE"))
  if (!parsed.ok) return rpcError(id, parsed.error)
  try {
    return rpcResult(id, await dispatch(parsed.request, req.scope))
  } catch (error) {
    const rpc = toPaymeError(error, settings.accountField)
    if (rpc.kind === "SYSTEM_ERROR") {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Payme ${parsed.request.method} failed: ${error instanceof Error ? error.stack : String(error)}`)
    }
    return rpcError(id, rpc)
  }
}

/** POST /hooks/payme: Payme's Merchant API (JSON-RPC 2.0). Always HTTP 200: Payme reads any other status as -32400. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const response = await answer(req)
  const outcome = "error" in response ? `error ${response.error.code}` : "ok"
  req.scope.resolve(ContainerRegistrationKeys.LOGGER).info(`Payme merchant call answered ${outcome}`)
  res.status(200).json(response)
}

/** Payme only POSTs; anything else is answered in its protocol (-32300), still with HTTP 200. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.status(200).json(rpcError(null, paymeError("METHOD_NOT_POST")))
}
