import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getBakerContext } from "../helpers/baker-context"
import { BAKER_FIELDS, BAKERY_FIELDS } from "./query-config"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { baker_id } = await getBakerContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "baker",
    fields: [...BAKER_FIELDS, ...BAKERY_FIELDS.map((field) => `bakery.${field}`)],
    filters: { id: baker_id },
  })
  const { bakery, ...baker } = data[0]
  res.json({ baker, bakery })
}
