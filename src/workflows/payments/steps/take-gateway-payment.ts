import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { confirmGatewayPaymentWorkflow } from "../confirm-gateway-payment"
import type { GatewayMarkerInput } from "../gateway-marker"
import { isPermanentRefusal } from "../workflow-outcome"

export type GatewayPaymentTaken = { taken: boolean; failure: string | null }

/**
 * Medusa takes the payment the gateway confirmed (see confirmGatewayPaymentWorkflow, which undoes itself when it
 * fails), or reports why it refused for good (stock gone, session replaced), so the caller can tell the gateway.
 * A transient failure (database, lock) is thrown: the gateway retries, and the confirmation is idempotent.
 */
export const takeGatewayPaymentStep = createStep("take-gateway-payment", async (input: GatewayMarkerInput, { container }) => {
  try {
    await confirmGatewayPaymentWorkflow(container).run({ input })
    return new StepResponse<GatewayPaymentTaken>({ taken: true, failure: null })
  } catch (error) {
    if (!isPermanentRefusal(error)) throw error
    return new StepResponse<GatewayPaymentTaken>({ taken: false, failure: error instanceof Error ? error.message : String(error) })
  }
})
