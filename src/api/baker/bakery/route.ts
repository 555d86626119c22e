import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateBakeryWorkflow } from "../../../workflows/bakery/update-bakery"
import { getBakerContext } from "../helpers/baker-context"
import { BAKERY_FIELDS } from "../me/query-config"
import type { UpdateMyBakeryBody } from "./validators"

async function respondWithBakery(req: AuthenticatedMedusaRequest, res: MedusaResponse, bakeryId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "bakery", fields: BAKERY_FIELDS, filters: { id: bakeryId } })
  res.json({ bakery: data[0] })
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  await respondWithBakery(req, res, bakery_id)
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateMyBakeryBody>, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  await updateBakeryWorkflow(req.scope).run({ input: { id: bakery_id, ...req.validatedBody } })
  await respondWithBakery(req, res, bakery_id)
}
