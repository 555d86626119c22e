import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CakeDimensionsSchema, estimateServings } from "../../../modules/cake-pricing/domain"
import type { StoreServingsEstimateQueryType } from "./validators"

function tiersOf(query: StoreServingsEstimateQueryType): Record<string, number>[] {
  const heights = query.heights_cm ?? []
  if (query.shape === "sheet") {
    const [lengths, widths] = [query.lengths_cm ?? [], query.widths_cm ?? []]
    return lengths.map((length_cm, index) => ({ length_cm, width_cm: widths[index], height_cm: heights[index] }))
  }
  return (query.sizes_cm ?? []).map((size_cm, index) => ({ size_cm, height_cm: heights[index] }))
}

/** GET /store/servings-estimate: party and wedding portions of a cake of the given shape and tiers. */
export const GET = async (req: MedusaRequest<unknown, StoreServingsEstimateQueryType>, res: MedusaResponse) => {
  const parsed = CakeDimensionsSchema.safeParse({ shape: req.validatedQuery.shape, tiers: tiersOf(req.validatedQuery) })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, issue.message)
  }
  res.json({ shape: parsed.data.shape, servings: estimateServings(parsed.data.shape, parsed.data.tiers) })
}
