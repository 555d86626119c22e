import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { escapeLike } from "../../lib/escape-like"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CustomCakeActor } from "../../modules/custom-cake/transitions"
import { advanceCustomCakeProductionWorkflow } from "../../workflows/custom-cake/advance-custom-cake-production"
import { approveCustomCakeRequestWorkflow } from "../../workflows/custom-cake/approve-custom-cake-request"
import type { CustomCakeScope } from "../../workflows/custom-cake/custom-cake-scope"
import { rejectCustomCakeRequestWorkflow } from "../../workflows/custom-cake/reject-custom-cake-request"
import { customCakeDetail, listCustomCakes, sendCustomCakeImage } from "./custom-cake-reads"
import type {
  AdvanceCustomCakeProductionType,
  ApproveCustomCakeType,
  RejectCustomCakeType,
  StaffListCustomCakesQueryType,
} from "./custom-cake-validators"

/** Who acts: staff (any request) or a baker (their bakery's requests only). */
export type StaffContext = { actor: CustomCakeActor; scope: CustomCakeScope; audience: "admin" | "baker" }
type Request<Body = unknown> = AuthenticatedMedusaRequest<Body>

async function listFilters(req: Request, query: StaffListCustomCakesQueryType, scope: CustomCakeScope) {
  const filters: Record<string, unknown> = {}
  if (query.status) filters.status = query.status
  if (query.bakery_id) filters.bakery_id = query.bakery_id
  if (scope.bakery_id) filters.bakery_id = scope.bakery_id
  if (query.wanted_from || query.wanted_to) {
    filters.wanted_at = { ...(query.wanted_from ? { $gte: query.wanted_from } : {}), ...(query.wanted_to ? { $lte: query.wanted_to } : {}) }
  }
  const number = query.q?.match(/^#?(\d+)$/)?.[1]
  if (number) filters.display_id = Number(number)
  else if (query.q) {
    const { data } = await req.scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "customer", fields: ["id"], filters: { email: { $ilike: `%${escapeLike(query.q)}%` } } })
    filters.customer_id = data.map((customer) => customer.id)
  }
  return filters
}

/** The admin's and the bakers' custom-cake routes: the same handlers, each with its own actor and scope. */
export function staffCustomCakeRoutes(contextOf: (req: Request) => Promise<StaffContext> | StaffContext) {
  return {
    list: async (req: Request, res: MedusaResponse) => {
      const { scope, audience } = await contextOf(req)
      const query = req.validatedQuery as StaffListCustomCakesQueryType
      res.json(await listCustomCakes(req, await listFilters(req, query, scope), query, audience))
    },
    retrieve: async (req: Request, res: MedusaResponse) => {
      const { scope, audience } = await contextOf(req)
      res.json({ custom_cake: await customCakeDetail(req, req.params.id, scope, audience) })
    },
    approve: async (req: Request<ApproveCustomCakeType>, res: MedusaResponse) => {
      const { actor, scope, audience } = await contextOf(req)
      const { final_price, final_servings, expires_in_hours, staff_note } = req.validatedBody
      await approveCustomCakeRequestWorkflow(req.scope).run({
        input: { id: req.params.id, actor, scope, final_price, final_servings, staff_note, expires_in_hours },
      })
      res.json({ custom_cake: await customCakeDetail(req, req.params.id, scope, audience) })
    },
    reject: async (req: Request<RejectCustomCakeType>, res: MedusaResponse) => {
      const { actor, scope, audience } = await contextOf(req)
      await rejectCustomCakeRequestWorkflow(req.scope).run({ input: { id: req.params.id, actor, scope, reason: req.validatedBody.reason } })
      res.json({ custom_cake: await customCakeDetail(req, req.params.id, scope, audience) })
    },
    production: async (req: Request<AdvanceCustomCakeProductionType>, res: MedusaResponse) => {
      const { actor, scope, audience } = await contextOf(req)
      const { status, note } = req.validatedBody
      await advanceCustomCakeProductionWorkflow(req.scope).run({ input: { id: req.params.id, actor, scope, status, note } })
      res.json({ custom_cake: await customCakeDetail(req, req.params.id, scope, audience) })
    },
    image: async (req: Request, res: MedusaResponse) => sendCustomCakeImage(req, res, (await contextOf(req)).scope),
  }
}
