import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_CAKE_MODULE } from "../../../modules/custom-cake"
import { CustomCakeErrorCodes } from "../../../modules/custom-cake/error-codes"
import type CustomCakeModuleService from "../../../modules/custom-cake/service"
import { assertNoGatewayPaymentInProgress } from "../../payments/payment-hold"
import { LINK_PROVIDERS, type LinkProvider } from "../payment-links"

export type PayableCustomCake = {
  request_id: string
  locale: string
  provider_id: string
  payment_collection_id: string
  /** A pending session of this provider to reuse; null when one must be made. */
  session: { id: string; data: Record<string, unknown> } | null
}

type Session = { id: string; provider_id: string; status: string; data: Record<string, unknown> }

const invalidLink = () =>
  new MedusaError(MedusaError.Types.NOT_FOUND, "This payment link is not valid; use the latest link the shop sent you.", CustomCakeErrorCodes.PAYMENT_LINK_INVALID)

/** What a payment link opens: the approval it names, still open, and a session of its gateway (reused if pending). */
export const findPayableCustomCakeStep = createStep(
  "find-payable-custom-cake",
  async (input: { token: string; provider: LinkProvider }, { container }) => {
    const providerId = LINK_PROVIDERS[input.provider]
    const [request] = await container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).listCustomCakeRequests({ payment_link_token: input.token })
    if (!request || !providerId || !(request.payment_provider_ids as string[]).includes(providerId)) throw invalidLink()
    if (request.payment_expires_at && new Date(request.payment_expires_at) <= new Date()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The payment link of custom cake #${request.display_id} has lapsed; ask the shop to approve it again.`,
        CustomCakeErrorCodes.CUSTOM_CAKE_NOT_PAYABLE
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["payment_collection.id", "payment_collection.payment_sessions.*"],
      filters: { id: request.cart_id! },
    })
    const collection = data[0]?.payment_collection as { id: string; payment_sessions?: Session[] } | undefined
    if (!collection) throw invalidLink()
    const pending = (collection.payment_sessions ?? []).find((session) => session.provider_id === providerId && session.status === "pending")
    // a new session replaces the others: not while Payme or Click is taking the money through one of them
    if (!pending) await assertNoGatewayPaymentInProgress(container, collection.id)
    return new StepResponse<PayableCustomCake>({
      request_id: request.id,
      locale: request.locale,
      provider_id: providerId,
      payment_collection_id: collection.id,
      session: pending ? { id: pending.id, data: pending.data } : null,
    })
  }
)
