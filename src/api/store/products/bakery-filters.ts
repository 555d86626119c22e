import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productIdsOfSuspendedBakeries, soldProducts } from "../../../workflows/storefront/sellers"

/*
 * Medusa's own product routes, narrowed without touching product data: a suspended bakery's products are filtered
 * out of every listing and answered 404 on retrieval, and come back as they were when the bakery is reactivated.
 * Project middlewares for a route run after Medusa's (core routes load first), so these see Medusa's validated
 * filters (sales channel, published status) and only add conditions to them.
 */

const requestedBakery = new WeakMap<MedusaRequest, string>()

/**
 * Medusa's query validator of GET /store/products refuses unknown parameters, so `bakery_id` leaves the query before
 * it runs. Registered without a method, this runs ahead of every route middleware (Medusa sorts method-less ones
 * first); mounted at /store/products, it also sees /store/products/:id, which keeps Medusa's strict answer.
 */
export function takeBakeryIdParameter(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" || req.path !== "/" || !("bakery_id" in req.query)) return next()
  const bakeryId = req.query.bakery_id
  delete req.query.bakery_id
  if (typeof bakeryId !== "string" || !bakeryId.trim()) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "bakery_id must be one bakery id, e.g. ?bakery_id=bkry_01..."))
  }
  requestedBakery.set(req, bakeryId.trim())
  next()
}

export async function narrowProductList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const conditions: Record<string, unknown>[] = []
  const bakeryId = requestedBakery.get(req)
  if (bakeryId !== undefined) {
    const { data } = await query.graph({ entity: "bakery", fields: ["products.id"], filters: { id: bakeryId, status: "active" } })
    conditions.push({ id: (data[0]?.products ?? []).flatMap((product: { id: string } | null) => (product ? [product.id] : [])) })
  }
  const hidden = await productIdsOfSuspendedBakeries(query)
  if (hidden.length) conditions.push({ id: { $nin: hidden } })
  addConditions(req, conditions)
  next()
}

export async function narrowVariantList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hidden = await productIdsOfSuspendedBakeries(req.scope.resolve(ContainerRegistrationKeys.QUERY))
  if (hidden.length) addConditions(req, [{ product_id: { $nin: hidden } }])
  next()
}

export async function hideProductOfSuspendedBakery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (await soldBySuspendedBakery(req, req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  next()
}

export async function hideVariantOfSuspendedBakery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: req.params.id } })
  if (data[0]?.product_id && (await soldBySuspendedBakery(req, data[0].product_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant with id: ${req.params.id} was not found`)
  }
  next()
}

async function soldBySuspendedBakery(req: MedusaRequest, productId: string): Promise<boolean> {
  const [product] = await soldProducts(req.scope.resolve(ContainerRegistrationKeys.QUERY), [productId])
  return product?.seller?.status === "suspended"
}

/** `$and` keeps Medusa's own conditions on the same fields (its sales-channel `id` list) intact. */
function addConditions(req: MedusaRequest, conditions: Record<string, unknown>[]) {
  if (!conditions.length) return
  const existing = (req.filterableFields.$and as Record<string, unknown>[] | undefined) ?? []
  req.filterableFields.$and = [...existing, ...conditions]
}
