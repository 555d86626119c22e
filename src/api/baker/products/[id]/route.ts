import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBakerProductWorkflow } from "../../../../workflows/baker/delete-baker-product"
import { updateBakerProductWorkflow } from "../../../../workflows/baker/update-baker-product"
import { getBakerContext } from "../../helpers/baker-context"
import { refetchBakerProduct } from "../refetch-product"
import type { UpdateBakerProductBody } from "../validators"

// Ownership is checked before these run (requireOwn in ../../middlewares.ts).

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product: await refetchBakerProduct(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateBakerProductBody>, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  await updateBakerProductWorkflow(req.scope).run({
    input: { bakery_id, id: req.params.id, update: req.validatedBody },
  })
  res.json({ product: await refetchBakerProduct(req.scope, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  await deleteBakerProductWorkflow(req.scope).run({ input: { bakery_id, id: req.params.id } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
