import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOM_CAKE_MODULE } from "../../modules/custom-cake"
import type CustomCakeModuleService from "../../modules/custom-cake/service"
import { sendPrivateFile } from "./private-file"
import { assertInScope, type CustomCakeScope } from "../../workflows/custom-cake/custom-cake-scope"
import { CUSTOM_CAKE_FIELDS, retrieveCustomCakeRow, toCustomCakeView, type CustomCakeAudience } from "../../workflows/custom-cake/custom-cake-view"

const queryOf = (req: MedusaRequest) => req.scope.resolve(ContainerRegistrationKeys.QUERY)

/** One request with its history as `audience` sees it; 404 outside the scope. */
export async function customCakeDetail(req: MedusaRequest, id: string, scope: CustomCakeScope, audience: CustomCakeAudience) {
  const found = await retrieveCustomCakeRow(queryOf(req), id)
  const row = assertInScope(found?.row as any, id, scope)
  return toCustomCakeView(row, audience, found!.history)
}

export type CustomCakeListFilters = Record<string, unknown>

/** A page of requests, newest first. */
export async function listCustomCakes(
  req: MedusaRequest,
  filters: CustomCakeListFilters,
  page: { limit: number; offset: number },
  audience: CustomCakeAudience
) {
  const { data, metadata } = await queryOf(req).graph({
    entity: "custom_cake_request",
    fields: CUSTOM_CAKE_FIELDS,
    filters,
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  return { custom_cakes: data.map((row) => toCustomCakeView(row, audience)), count: metadata?.count ?? data.length, ...page }
}

/** A request's reference photo, from private storage, to someone allowed to see the request (sendPrivateFile). */
export async function sendCustomCakeImage(req: MedusaRequest, res: MedusaResponse, scope: CustomCakeScope) {
  const { id, image_id } = req.params
  const customCakes = req.scope.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE)
  const [request] = await customCakes.listCustomCakeRequests({ id }, { select: ["id", "customer_id", "bakery_id"] })
  assertInScope(request, id, scope)
  const [image] = await customCakes.listCustomCakeImages({ id: image_id, request_id: id })
  if (!image) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Image ${image_id} of custom cake request ${id} was not found`)
  await sendPrivateFile(req, res, image)
}
