import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCartSingleSeller } from "../storefront/seller-rule"
import { fitHoldsAfterFailedChange, holdAddedItems, holdUpdatedLine } from "../cart-hold/cart-hooks"

const productIdsOf = (items: ({ product_id?: string | null } | null)[] | null | undefined) =>
  (items ?? []).map((item) => item?.product_id).filter((id): id is string => !!id)

/*
 * addToCartWorkflow runs this hook after taking its lock on the cart id (acquireLockStep, released at its end or on
 * failure), so two concurrent additions to one cart are checked one after the other and the second sees the first's
 * items. The cart the hook receives carries no items, hence the reads here, inside that lock.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = (input.items ?? []).map((item) => item.variant_id).filter((id): id is string => !!id)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["items.product_id"], filters: { id: cart.id } })
  const { data: variants } = variantIds.length
    ? await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: variantIds } })
    : { data: [] }
  await assertCartSingleSeller(query, {
    cartProductIds: productIdsOf(carts[0]?.items),
    addedProductIds: productIdsOf(variants),
  })
  return holdAddedItems(container, cart.id, input.items ?? [])
}, fitHoldsAfterFailedChange)

updateLineItemInCartWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => holdUpdatedLine(container, cart.id, input.item_id, input.update?.quantity),
  fitHoldsAfterFailedChange
)

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await assertCartSingleSeller(query, { cartProductIds: [], addedProductIds: productIdsOf(cart.items) })
})
