import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkedBakery } from "../../../bakeries/linked-bakery"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ bakery: await linkedBakery(req.scope, "order", req.params.id) })
}
