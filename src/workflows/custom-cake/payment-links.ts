import crypto from "node:crypto"

/** The gateways a custom cake's approval offers a link for, by the short name the link carries. */
export const LINK_PROVIDERS = { payme: "pp_payme_payme", click: "pp_click_click", stripe: "pp_stripe_stripe" } as const
export type LinkProvider = keyof typeof LINK_PROVIDERS

const UZS_ONLY: readonly string[] = [LINK_PROVIDERS.payme, LINK_PROVIDERS.click]

/**
 * Of the region's payment providers, those a payment link can open: Payme and Click for UZS, Stripe when its
 * publishable key is set (its link opens a card page that needs it).
 */
export function offeredLinkProviders(regionProviderIds: readonly string[], currencyCode: string, stripeReady: boolean): string[] {
  return Object.values(LINK_PROVIDERS).filter(
    (id) =>
      regionProviderIds.includes(id) &&
      (!UZS_ONLY.includes(id) || currencyCode.toLowerCase() === "uzs") &&
      (id !== LINK_PROVIDERS.stripe || stripeReady)
  )
}

/** An unguessable token: anyone holding the link can pay for the cake, nobody can find a link by guessing. */
export const newPaymentLinkToken = () => crypto.randomBytes(24).toString("base64url")

export function paymentLinks(baseUrl: string, token: string | null, providerIds: readonly string[]) {
  if (!token) return []
  return (Object.entries(LINK_PROVIDERS) as [LinkProvider, string][])
    .filter(([, id]) => providerIds.includes(id))
    .map(([name, id]) => ({ provider_id: id, url: `${baseUrl}/pay/custom-cakes/${token}/${name}` }))
}
