import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../modules/bakery"
import { findOrderBakeryStep } from "./steps/find-order-bakery"

export type LinkOrderToBakeryWorkflowInput = { order_id: string }

/**
 * Links a placed order to the bakery that sold its items; the store's own orders stay unlinked. Running it again
 * changes nothing, so a repeated order.placed is harmless.
 */
export const linkOrderToBakeryWorkflow = createWorkflow("link-order-to-bakery", (input: LinkOrderToBakeryWorkflowInput) => {
  const found = findOrderBakeryStep(input)
  const links = transform({ input, found }, ({ input, found }) =>
    found.bakery_id && !found.already_linked
      ? [{ [BAKERY_MODULE]: { bakery_id: found.bakery_id }, [Modules.ORDER]: { order_id: input.order_id } }]
      : []
  )
  createRemoteLinkStep(links)
  return new WorkflowResponse({ bakery_id: found.bakery_id })
})
