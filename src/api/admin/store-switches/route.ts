import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import type { StoreSwitches } from "../../../modules/scheduling/switches"
import { setStoreSwitchesWorkflow } from "../../../workflows/scheduling/set-store-switches"

/** GET /admin/store-switches: every run-time switch as it is now (defaults included). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ store_switches: await req.scope.resolve<SchedulingModuleService>(SCHEDULING_MODULE).readStoreSwitches() })
}

/** POST /admin/store-switches: changes the switches sent; the next request anywhere reads them. */
export const POST = async (req: AuthenticatedMedusaRequest<Partial<StoreSwitches>>, res: MedusaResponse) => {
  const { result } = await setStoreSwitchesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ store_switches: result })
}
