import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import { addClosureWorkflow } from "../../../workflows/scheduling/set-closure"
import type { AdminCreateClosureType, AdminListClosuresQueryType } from "./validators"

/** GET /admin/closures?seller_id=: the seller's days off, soonest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListClosuresQueryType>, res: MedusaResponse) => {
  const closures = await req.scope.resolve<SchedulingModuleService>(SCHEDULING_MODULE).listClosures({ seller_id: req.validatedQuery.seller_id }, { order: { date: "ASC" } })
  res.json({ closures })
}

/** POST /admin/closures: closes a day (409 CLOSURE_EXISTS when it already is). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateClosureType>, res: MedusaResponse) => {
  const { result } = await addClosureWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ closure: result })
}
