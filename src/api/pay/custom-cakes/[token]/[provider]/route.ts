import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { backendUrl, readEnv } from "../../../../../config/env"
import { CustomCakeErrorCodes } from "../../../../../modules/custom-cake/error-codes"
import { openCustomCakePaymentWorkflow } from "../../../../../workflows/custom-cake/open-custom-cake-payment"
import { LINK_PROVIDERS, type LinkProvider } from "../../../../../workflows/custom-cake/payment-links"
import { assertPaymentProviderEnabled } from "../../../../../workflows/scheduling/payment-switch"
import { paymentLinkErrorPage } from "./error-page"
import { stripePaymentPage } from "./stripe-page"

const isLinkProvider = (name: string): name is LinkProvider => Object.keys(LINK_PROVIDERS).includes(name)

async function openPayment(req: MedusaRequest, res: MedusaResponse) {
  const { token, provider } = req.params
  if (!isLinkProvider(provider)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This payment link is not valid; use the latest link the shop sent you.", CustomCakeErrorCodes.PAYMENT_LINK_INVALID)
  }
  await assertPaymentProviderEnabled(req.scope, LINK_PROVIDERS[provider])
  const { result } = await openCustomCakePaymentWorkflow(req.scope).run({ input: { token, provider } })
  if (provider !== "stripe") return res.redirect(302, String(result.data.checkout_url))
  const env = readEnv()
  res.setHeader("content-security-policy", "default-src 'none'; script-src 'unsafe-inline' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; connect-src https://api.stripe.com; style-src 'unsafe-inline'")
  res.type("html").send(
    stripePaymentPage({
      publishableKey: env.STRIPE_PUBLISHABLE_KEY!,
      clientSecret: String(result.data.client_secret),
      returnUrl: env.PAYMENT_RETURN_URL ?? backendUrl(env),
      locale: result.locale,
    })
  )
}

/**
 * GET /pay/custom-cakes/:token/:provider: the payment link an approval sends the customer. Payme and Click: a
 * redirect to the gateway's checkout; Stripe: a card page. The token in the URL is the only credential, so the
 * answer is never cached and never leaks it as a referrer. A gateway staff turned off is refused (409
 * PAYMENT_METHOD_DISABLED) before any payment starts; one started earlier still completes. A link that cannot be paid shows a browser a page in its
 * language; API clients get the JSON error.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.setHeader("cache-control", "no-store")
  res.setHeader("referrer-policy", "no-referrer")
  try {
    await openPayment(req, res)
  } catch (error) {
    const wantsPage = req.accepts(["json", "html"]) === "html" && MedusaError.isMedusaError(error)
    const page = wantsPage ? paymentLinkErrorPage((error as MedusaError).code, req.get("accept-language")) : null
    if (!page) throw error
    res.status((error as MedusaError).type === MedusaError.Types.NOT_FOUND ? 404 : 409).type("html").send(page)
  }
}
