import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BAKERY_PUBLIC_FIELDS } from "../../../../modules/bakery/fields"
import { sellableProducts, withOpenNow } from "../helpers"

/** A bakery's page: its profile, hours, whether it is open now and the products this storefront sells of it. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "bakery",
    fields: [...BAKERY_PUBLIC_FIELDS, "products.id"],
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no bakery "${req.params.handle}" on Dasturxon; check the address.`)
  }
  const { products: links, ...profile } = data[0]
  const productIds = (links ?? []).flatMap((product: { id: string } | null) => (product ? [product.id] : []))
  const products = await sellableProducts(query, productIds, req.publishable_key_context.sales_channel_ids, req.locale)
  res.json({ bakery: { ...withOpenNow(new Date())(profile), products } })
}
