import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"
import { CustomCakeErrorCodes } from "../../../modules/custom-cake/error-codes"
import { offeredLinkProviders } from "../payment-links"

/** The providers an approval can offer links for; refused when the region has none, so no unpayable cart is made. */
export const offeredPaymentProvidersStep = createStep(
  "offered-payment-providers",
  async (input: { region_id: string; currency_code: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "region", fields: ["payment_providers.id", "payment_providers.is_enabled"], filters: { id: input.region_id } })
    const enabled = ((data[0]?.payment_providers ?? []) as { id: string; is_enabled: boolean }[]).filter((provider) => provider?.is_enabled).map((provider) => provider.id)
    const offered = offeredLinkProviders(enabled, input.currency_code, !!readEnv().STRIPE_PUBLISHABLE_KEY)
    if (!offered.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `No payment link can be made: the request's region offers none of Payme, Click or Stripe for ${input.currency_code.toUpperCase()}. Configure one in Settings → Regions.`,
        CustomCakeErrorCodes.NO_PAYMENT_PROVIDER
      )
    }
    return new StepResponse(offered)
  }
)
