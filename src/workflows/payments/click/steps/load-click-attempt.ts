import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import { GatewayOutcomeCodes } from "../../../../modules/gateway/error-codes"
import type GatewayModuleService from "../../../../modules/gateway/service"
import type { ClickTransactionRow } from "../click-rules"

export async function findClickAttempt(gateway: GatewayModuleService, prepareId: number): Promise<ClickTransactionRow | undefined> {
  const [row] = await gateway.listClickTransactions({ prepare_id: prepareId }, { take: 1 })
  return row as unknown as ClickTransactionRow | undefined
}

/** The attempt Complete names by merchant_prepare_id; it must belong to the payment merchant_trans_id names. */
export const loadClickAttemptStep = createStep(
  "load-click-attempt",
  async (input: { merchant_prepare_id: number; payment_session_id: string }, { container }) => {
    const row = await findClickAttempt(container.resolve<GatewayModuleService>(GATEWAY_MODULE), input.merchant_prepare_id)
    if (!row || row.payment_session_id !== input.payment_session_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Click attempt ${input.merchant_prepare_id} not found`, GatewayOutcomeCodes.GATEWAY_TRANSACTION_NOT_FOUND)
    }
    return new StepResponse(row)
  }
)
