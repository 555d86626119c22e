import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../../config/env"
import { clickSettings } from "../../../../config/payments"
import { ClickMerchantApi } from "../../../../modules/payment-click/merchant-api"

export type ClickReversal = { reversed: boolean; failure: string | null }

/** Returns Click's payment to the payer through the Merchant API; a refusal is reported, not thrown, for staff. */
export const reverseClickPaymentStep = createStep("reverse-click-payment", async (input: { click_paydoc_id: string }, { container }) => {
  const settings = clickSettings(readEnv())!
  const api = new ClickMerchantApi({
    baseUrl: settings.merchantApiUrl,
    serviceId: settings.serviceId,
    merchantUserId: settings.merchantUserId,
    secretKey: settings.secretKey,
  })
  try {
    await api.reversePayment(input.click_paydoc_id)
    return new StepResponse<ClickReversal>({ reversed: true, failure: null })
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error)
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Click reversal of payment ${input.click_paydoc_id} failed; reverse it in the Click cabinet: ${failure}`)
    return new StepResponse<ClickReversal>({ reversed: false, failure })
  }
})
