import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductBakeryWorkflow } from "../../../../../workflows/bakery/set-product-bakery"
import { linkedBakery } from "../../../bakeries/linked-bakery"
import type { AdminSetProductBakeryType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ bakery: await linkedBakery(req.scope, "product", req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProductBakeryType>, res: MedusaResponse) => {
  await setProductBakeryWorkflow(req.scope).run({ input: { product_id: req.params.id, bakery_id: req.validatedBody.bakery_id } })
  res.json({ bakery: await linkedBakery(req.scope, "product", req.params.id) })
}
