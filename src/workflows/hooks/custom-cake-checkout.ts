import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCustomCakeCartPayable } from "../custom-cake/custom-cake-cart"

// Runs under completeCartWorkflow's cart lock, before the order is created and the payment authorized.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  if (cart.completed_at) return
  const sessions = (cart.payment_collection?.payment_sessions ?? []) as { provider_id: string }[]
  await assertCustomCakeCartPayable(container, cart.id, sessions.map((session) => session.provider_id))
})
