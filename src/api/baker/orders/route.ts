import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOwnLinked } from "../helpers/linked-ids"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data, ...page } = await listOwnLinked(req, "order")
  res.json({ orders: data, ...page })
}
