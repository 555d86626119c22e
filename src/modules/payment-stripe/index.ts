import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeService from "./service"

// Registered with id "stripe", the service's identifier "stripe" gives Medusa's usual provider id pp_stripe_stripe
// and webhook path /hooks/payment/stripe_stripe.
export default ModuleProvider(Modules.PAYMENT, { services: [StripeService] })
