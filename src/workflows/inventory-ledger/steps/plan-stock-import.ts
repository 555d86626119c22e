import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"
import { describeProblems, parseStockCsv, type CsvProblem } from "../../../modules/inventory-ledger/csv"
import { InventoryLedgerErrorCodes } from "../../../modules/inventory-ledger/error-codes"
import { levelKey, type StockMovementInput } from "./record-stock-movements"

export type StockImportInput = { csv: string; dry_run: boolean; actor_id: string }
export type StockImportChange = { line: number; inventory_item_id: string; sku: string | null; location_id: string; before: number; after: number; needs_approval: boolean }
export type StockImportPlan = { changes: StockImportChange[]; unchanged: number; apply: StockMovementInput[]; request: StockMovementInput[] }

/**
 * Reads and checks the whole file before anything moves: a bad row, an unknown item or sku, an item not stocked at
 * the location is a 400 INVALID_CSV naming every such line. Then the difference with Medusa's levels now: each
 * changed level becomes a CORRECTION, those over the approval threshold a pending request instead.
 */
export const planStockImportStep = createStep("plan-stock-import", async (input: StockImportInput, { container }) => {
  const { rows, problems } = parseStockCsv(input.csv)
  const inventory = container.resolve(Modules.INVENTORY)
  const skus = [...new Set(rows.flatMap((row) => (row.inventory_item_id || !row.sku ? [] : [row.sku])))]
  const bySku = new Map((skus.length ? await inventory.listInventoryItems({ sku: skus }, { select: ["id", "sku"] }) : []).map((item) => [item.sku!, item.id]))
  const itemIdOf = (row: (typeof rows)[number]) => row.inventory_item_id ?? bySku.get(row.sku!)
  const itemIds = [...new Set(rows.flatMap((row) => itemIdOf(row) ?? []))]
  const levels = itemIds.length ? await inventory.listInventoryLevels({ inventory_item_id: itemIds }) : []
  const stocked = new Map(levels.map((level) => [levelKey(level), Number(level.stocked_quantity)]))
  const allProblems: CsvProblem[] = [...problems]
  const threshold = readEnv().LEDGER_CORRECTION_APPROVAL_THRESHOLD
  const changes: StockImportChange[] = []
  let unchanged = 0
  for (const row of rows) {
    const itemId = itemIdOf(row)
    if (!itemId) {
      allProblems.push({ line: row.line, message: `no inventory item has sku "${row.sku}"` })
      continue
    }
    const before = stocked.get(levelKey({ inventory_item_id: itemId, location_id: row.location_id }))
    if (before === undefined) {
      allProblems.push({ line: row.line, message: `item ${row.sku ?? itemId} is not stocked at location ${row.location_id}` })
      continue
    }
    if (before === row.stocked_quantity) unchanged++
    else {
      const needsApproval = Math.abs(row.stocked_quantity - before) > threshold
      changes.push({ line: row.line, inventory_item_id: itemId, sku: row.sku, location_id: row.location_id, before, after: row.stocked_quantity, needs_approval: needsApproval })
    }
  }
  if (allProblems.length) {
    allProblems.sort((a, b) => a.line - b.line)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Nothing was imported; fix these lines and send the file again: ${describeProblems(allProblems)}`, InventoryLedgerErrorCodes.INVALID_CSV)
  }
  const movementOf = (change: StockImportChange): StockMovementInput => ({
    inventory_item_id: change.inventory_item_id,
    location_id: change.location_id,
    reason: "CORRECTION",
    quantity: change.after - change.before,
    note: `CSV import, line ${change.line}`,
    actor_id: input.actor_id,
  })
  const plan: StockImportPlan = {
    changes,
    unchanged,
    apply: input.dry_run ? [] : changes.filter((change) => !change.needs_approval).map(movementOf),
    request: input.dry_run ? [] : changes.filter((change) => change.needs_approval).map(movementOf),
  }
  return new StepResponse(plan)
})
