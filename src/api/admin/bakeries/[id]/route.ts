import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBakeryWorkflow } from "../../../../workflows/bakery/delete-bakery"
import { updateBakeryWorkflow } from "../../../../workflows/bakery/update-bakery"
import { refetchBakery } from "../helpers"
import { ADMIN_BAKERY_DETAIL_FIELDS } from "../query-config"
import type { AdminUpdateBakeryType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ bakery: await refetchBakery(req.scope, req.params.id, ADMIN_BAKERY_DETAIL_FIELDS) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBakeryType>, res: MedusaResponse) => {
  await updateBakeryWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ bakery: await refetchBakery(req.scope, req.params.id, ADMIN_BAKERY_DETAIL_FIELDS) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBakeryWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "bakery", deleted: true })
}
