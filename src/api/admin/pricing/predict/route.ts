import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { predictCakePriceWorkflow } from "../../../../workflows/pricing/predict-cake-price"
import type { AdminPredictCakePriceType } from "../validators"

/** POST /admin/pricing/predict: a suggested price per size, with servings and which model answered. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPredictCakePriceType>, res: MedusaResponse) => {
  const { features, sizes_cm, product_variant_id } = req.validatedBody
  const { result } = await predictCakePriceWorkflow(req.scope).run({
    input: { features, sizes_cm, product_variant_id, context: product_variant_id ? "variant" : "admin" },
  })
  res.json({
    predictions: result.map(({ prediction_id, size_cm, price, servings, source, model_version_id }) => ({
      prediction_id,
      size_cm,
      price,
      servings,
      source,
      model_version_id,
    })),
  })
}
