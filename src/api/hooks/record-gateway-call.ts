import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GATEWAY_MODULE } from "../../modules/gateway"
import type GatewayModuleService from "../../modules/gateway/service"

export type GatewayCallRecord = {
  gateway: "payme" | "click"
  operation: string
  gateway_transaction_id: string | null
  request: Record<string, unknown> | null
  response: Record<string, unknown>
  outcome: string
  started_at: number
}

/** Keeps the call and our answer for reconciliation, before the answer leaves; a failure is logged, never answered. */
export async function recordGatewayCall(scope: MedusaContainer, record: GatewayCallRecord): Promise<void> {
  const { started_at, ...call } = record
  const logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info(`${call.gateway} ${call.operation} ${call.gateway_transaction_id ?? "-"} answered ${call.outcome}`)
  try {
    await scope.resolve<GatewayModuleService>(GATEWAY_MODULE).createGatewayCalls({ ...call, duration_ms: Date.now() - started_at })
  } catch (error) {
    logger.error(`Could not record a ${call.gateway} ${call.operation} call: ${error instanceof Error ? error.message : String(error)}`)
  }
}
