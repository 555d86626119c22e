import { createRequire } from "node:module"
import { MedusaError } from "@medusajs/framework/utils"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

/*
 * Medusa's own Stripe provider (@medusajs/medusa/payment-stripe), with one addition: option `apiBaseUrl` points its
 * Stripe client at another server. Medusa builds the client as `new Stripe(apiKey)` and passes none of the SDK's
 * host/port/protocol settings, so tests (which have no internet) could not reach a local Stripe fake otherwise.
 * Without `apiBaseUrl` the provider is Medusa's, client included.
 */

export type StripeProviderOptions = StripeOptions & {
  /** Origin of a Stripe-compatible API, e.g. http://127.0.0.1:12111; unset means api.stripe.com. */
  apiBaseUrl?: string
}

/** The Stripe SDK Medusa's provider is built against: it pins its own major version, the project root holds another. */
export const MedusaStripeSdk = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

type StripeClientHost = { host: string; port: number; protocol: "http" | "https" }

export function stripeClientHost(apiBaseUrl: string): StripeClientHost {
  const url = new URL(apiBaseUrl)
  if (!["http:", "https:"].includes(url.protocol) || url.pathname !== "/" || url.search) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Stripe option apiBaseUrl must be a bare http(s) origin such as http://127.0.0.1:12111 (the SDK adds /v1/...), got ${apiBaseUrl}`
    )
  }
  const protocol = url.protocol === "https:" ? "https" : "http"
  return { host: url.hostname, port: Number(url.port) || (protocol === "https" ? 443 : 80), protocol }
}

export default class StripeService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: StripeProviderOptions) {
    super(cradle, options)
    if (options.apiBaseUrl) {
      this.stripe_ = new MedusaStripeSdk(options.apiKey, stripeClientHost(options.apiBaseUrl))
    }
  }
}
