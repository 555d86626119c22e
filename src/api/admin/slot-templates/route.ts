import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import { setSlotTemplatesWorkflow } from "../../../workflows/scheduling/set-slot-templates"
import type { AdminListSlotTemplatesQueryType, AdminSetSlotTemplatesType } from "./validators"

/** GET /admin/slot-templates?seller_id=&type=: a seller's week of slots of one kind, by weekday and time. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListSlotTemplatesQueryType>, res: MedusaResponse) => {
  const { seller_id, type } = req.validatedQuery
  const templates = await req.scope
    .resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    .listSlotTemplates({ seller_id, type }, { order: { weekday: "ASC", starts_at: "ASC" } })
  res.json({ slot_templates: templates })
}

/** POST /admin/slot-templates: replaces the seller's week of slots of that kind. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetSlotTemplatesType>, res: MedusaResponse) => {
  const { result } = await setSlotTemplatesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ slot_templates: result })
}
