import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createBakerProductWorkflow } from "../../../workflows/baker/create-baker-product"
import { getBakerContext } from "../helpers/baker-context"
import { listOwnLinked } from "../helpers/linked-ids"
import { refetchBakerProduct } from "./refetch-product"
import type { CreateBakerProductBody } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data, ...page } = await listOwnLinked(req, "product")
  res.json({ products: data, ...page })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateBakerProductBody>, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  const { result } = await createBakerProductWorkflow(req.scope).run({
    input: { bakery_id, product: req.validatedBody },
  })
  res.status(201).json({ product: await refetchBakerProduct(req.scope, result.id) })
}
