import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../../../config/env"
import { clickSettings, type ClickSettings } from "../../../config/payments"
import {
  clickAmountToTiyin,
  clickReply,
  isValidClickSign,
  parseClickRequest,
  type ClickErrorKind,
  type ClickPhase,
  type ClickRequest,
} from "../../../modules/payment-click/protocol"
import type { ClickVerdict } from "../../../workflows/payments/click/click-rules"
import { recordGatewayCall } from "../record-gateway-call"
import { outcomeCode } from "../../../workflows/payments/workflow-outcome"

const settings = clickSettings(readEnv())

export const CLICK_ERROR_OF_VERDICT: Record<ClickVerdict, ClickErrorKind> = {
  OK: "SUCCESS",
  ALREADY_PAID: "ALREADY_PAID",
  CANCELLED: "TRANSACTION_CANCELLED",
  AMOUNT_MISMATCH: "INCORRECT_AMOUNT",
}

const CLICK_ERROR_OF_OUTCOME: Record<string, ClickErrorKind> = {
  PAYMENT_REFERENCE_NOT_FOUND: "USER_DOES_NOT_EXIST",
  PAYMENT_ALREADY_PAID: "ALREADY_PAID",
  PAYMENT_NOT_PAYABLE: "TRANSACTION_CANCELLED",
  PAYMENT_AMOUNT_MISMATCH: "INCORRECT_AMOUNT",
  GATEWAY_TRANSACTION_NOT_FOUND: "TRANSACTION_DOES_NOT_EXIST",
}

export type ClickPhaseResult = { kind: ClickErrorKind; prepare_id?: number | null }
export type ClickPhaseHandler = (request: ClickRequest & { amount_tiyin: string }, req: MedusaRequest, settings: ClickSettings) => Promise<ClickPhaseResult>

/**
 * Both Click phases: form fields checked in the order of Click's reference library (-8 fields, -1 sign, -3 action,
 * then the phase's own checks), the reply always HTTP 200 with Click's JSON, and every call recorded (gateway_call).
 */
export async function handleClickCall(phase: ClickPhase, handler: ClickPhaseHandler, req: MedusaRequest, res: MedusaResponse) {
  const idField = phase === "prepare" ? "merchant_prepare_id" : "merchant_confirm_id"
  const startedAt = Date.now()
  const reply = async (kind: ClickErrorKind, fields: Partial<ClickRequest>, prepareId: number | null = null) => {
    const response = clickReply(phase, kind, { click_trans_id: fields.click_trans_id, merchant_trans_id: fields.merchant_trans_id, [idField]: prepareId })
    await recordGatewayCall(req.scope, {
      gateway: "click",
      operation: phase,
      gateway_transaction_id: fields.click_trans_id ?? null,
      request: fields,
      response,
      outcome: String(response.error),
      started_at: startedAt,
    })
    res.status(200).json(response)
  }
  if (!settings) return reply("ERROR_IN_REQUEST", {})

  const parsed = parseClickRequest(req.body, phase)
  if (!parsed.ok) return reply("ERROR_IN_REQUEST", parsed.echo)
  const request = parsed.request
  if (request.service_id !== settings.serviceId) return reply("ERROR_IN_REQUEST", request)
  if (!isValidClickSign(request, phase, settings.secretKey)) return reply("SIGN_CHECK_FAILED", request)
  if (request.action !== (phase === "prepare" ? "0" : "1")) return reply("ACTION_NOT_FOUND", request)

  try {
    const result = await handler({ ...request, amount_tiyin: clickAmountToTiyin(request.amount).toString() }, req, settings)
    return reply(result.kind, request, result.prepare_id ?? null)
  } catch (error) {
    const code = outcomeCode(error)
    if (code && CLICK_ERROR_OF_OUTCOME[code]) return reply(CLICK_ERROR_OF_OUTCOME[code], request)
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Click ${phase} failed: ${error instanceof Error ? error.stack : String(error)}`)
    return reply("FAILED_TO_UPDATE_USER", request)
  }
}
