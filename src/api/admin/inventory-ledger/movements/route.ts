import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_LEDGER_MODULE } from "../../../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../../../modules/inventory-ledger/service"
import { recordStockMovementWorkflow } from "../../../../workflows/inventory-ledger/record-stock-movement"
import { withNames } from "../ledger-views"
import type { AdminListMovementsQueryType, AdminRecordMovementType } from "../validators"

/** Midnight in Tashkent (UTC+5, no daylight saving) of a YYYY-MM-DD day, as an instant. */
const tashkentMidnight = (day: string, addDays = 0) => new Date(Date.parse(`${day}T00:00:00+05:00`) + addDays * 86_400_000)

/** GET /admin/inventory-ledger/movements?inventory_item_id=&location_id=&reason=&from=&to=&limit=&offset=: newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListMovementsQueryType>, res: MedusaResponse) => {
  const { inventory_item_id, location_id, reason, from, to, limit, offset } = req.validatedQuery as AdminListMovementsQueryType
  const created_at = { ...(from && { $gte: tashkentMidnight(from) }), ...(to && { $lt: tashkentMidnight(to, 1) }) }
  const filters = { ...(inventory_item_id && { inventory_item_id }), ...(location_id && { location_id }), ...(reason && { reason }), ...((from || to) && { created_at }) }
  const [movements, count] = await req.scope
    .resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    .listAndCountStockMovements(filters, { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  res.json({ movements: await withNames(req.scope, movements), count, limit, offset })
}

/**
 * POST /admin/inventory-ledger/movements { inventory_item_id, location_id, reason, quantity, note }: 201 with the
 * movement, or 202 with a pending correction_request when a correction needs a second member of staff.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordMovementType>, res: MedusaResponse) => {
  const { result } = await recordStockMovementWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.status(result.movement ? 201 : 202).json(result)
}
