import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { variantServings } from "../../../../../../modules/cake-pricing/domain"
import { retrievePricedVariant } from "../../../../../../workflows/pricing/priced-variant"
import { setVariantServingsWorkflow } from "../../../../../../workflows/pricing/set-variant-servings"
import type { AdminSetVariantServingsType } from "../../../validators"

/** GET /admin/pricing/variants/:id/servings: the estimate from the variant's size, the shop's number, what is shown. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const variant = await retrievePricedVariant(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.id)
  res.json({ variant_id: variant.id, ...variantServings(variant.metadata) })
}

/** POST /admin/pricing/variants/:id/servings: staff set the variant's servings (null: show the estimate again). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetVariantServingsType>, res: MedusaResponse) => {
  const { result } = await setVariantServingsWorkflow(req.scope).run({
    input: { product_variant_id: req.params.id, servings: req.validatedBody.servings },
  })
  res.json({ variant_id: result.id, ...variantServings(result.metadata) })
}
