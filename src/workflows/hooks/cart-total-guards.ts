import { refreshPaymentCollectionForCartWorkflow } from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { assertNotCustomCakeCart } from "../custom-cake/custom-cake-cart"
import { assertNoGatewayPaymentInProgress } from "../payments/payment-hold"

/*
 * Every change to a cart's total (items, quantities, promotions, shipping, region) ends in this workflow, under the
 * cart's lock, before Medusa drops the payment sessions. A refusal here fails and undoes the whole change: while a
 * gateway is taking the money, and always for an approved custom cake's cart.
 */
refreshPaymentCollectionForCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const collection = cart.payment_collection
  if (!collection?.id) return
  const unchanged = MathBN.eq(collection.raw_amount ?? -1, cart.raw_total) && collection.currency_code === cart.currency_code
  if (unchanged) return
  await assertNoGatewayPaymentInProgress(container, collection.id)
  await assertNotCustomCakeCart(container, cart.id)
})
