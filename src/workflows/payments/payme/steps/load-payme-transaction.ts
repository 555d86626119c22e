import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GatewayOutcomeCodes } from "../../../../modules/gateway/error-codes"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import type GatewayModuleService from "../../../../modules/gateway/service"
import type { PaymeTransactionRow } from "../payme-rules"

export async function findPaymeTransaction(gateway: GatewayModuleService, paymeId: string): Promise<PaymeTransactionRow | undefined> {
  const [row] = await gateway.listPaymeTransactions({ payme_id: paymeId }, { take: 1 })
  return row as unknown as PaymeTransactionRow | undefined
}

export const loadPaymeTransactionStep = createStep(
  "load-payme-transaction",
  async (input: { payme_id: string }, { container }) => {
    const row = await findPaymeTransaction(container.resolve<GatewayModuleService>(GATEWAY_MODULE), input.payme_id)
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payme transaction ${input.payme_id} not found`, GatewayOutcomeCodes.GATEWAY_TRANSACTION_NOT_FOUND)
    }
    return new StepResponse(row)
  }
)
