import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { GATEWAY_MODULE } from "../../../../../modules/gateway"
import type GatewayModuleService from "../../../../../modules/gateway/service"
import { gatewayTransactionViews } from "./normalize"

/** The Payme and Click transactions of every payment collection of the order, oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.id"],
    filters: { id: req.params.id },
  })
  const [order] = data as { payment_collections?: { id: string }[] }[]
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The order ${req.params.id} does not exist; check the id.`)
  }
  const gateway = req.scope.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const filters = { payment_collection_id: (order.payment_collections ?? []).map((collection) => collection.id) }
  const [payme, click] = await Promise.all([
    gateway.listPaymeTransactions(filters),
    gateway.listClickTransactions(filters),
  ])
  res.json({ transactions: gatewayTransactionViews(payme, click) })
}
