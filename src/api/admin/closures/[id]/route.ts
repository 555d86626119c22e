import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeClosureWorkflow } from "../../../../workflows/scheduling/set-closure"

/** DELETE /admin/closures/:id: the day is open again (404 when unknown). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeClosureWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "closure", deleted: true })
}
