import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import type GatewayModuleService from "../../../../modules/gateway/service"
import { CLICK_PROVIDER_ID, type ClickTransactionRow } from "../click-rules"

/** A refunded Click payment was reversed at Click by its provider: its completed attempt says so too. */
export const markClickReversedStep = createStep("mark-click-reversed", async (input: { payment_id: string }, { container }) => {
  const payment = await container.resolve(Modules.PAYMENT).retrievePayment(input.payment_id, { select: ["id", "provider_id", "data"], relations: ["payment_session"] })
  if (payment.provider_id !== CLICK_PROVIDER_ID || !payment.data?.reversal || !payment.payment_session) return new StepResponse(null)
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const [attempt] = (await gateway.listClickTransactions({ payment_session_id: payment.payment_session.id, status: "COMPLETED" })) as unknown as ClickTransactionRow[]
  if (!attempt) return new StepResponse(null)
  await gateway.updateClickTransactions({ id: attempt.id, status: "REVERSED", reversed_at: new Date() })
  return new StepResponse(attempt.id)
})
