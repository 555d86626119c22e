import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setBakerVariantStockWorkflow } from "../../../../../../../workflows/baker/set-baker-variant-stock"
import { getBakerContext } from "../../../../../helpers/baker-context"
import type { SetVariantStockBody } from "../../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<SetVariantStockBody>, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  const { result } = await setBakerVariantStockWorkflow(req.scope).run({
    input: {
      bakery_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
      quantity: req.validatedBody.quantity,
    },
  })
  res.json({ inventory_level: { variant_id: req.params.variant_id, ...result } })
}
