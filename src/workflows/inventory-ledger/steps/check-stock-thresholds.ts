import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_LEDGER_MODULE } from "../../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../../modules/inventory-ledger/service"
import { levelKey } from "./record-stock-movements"

export type LevelRef = { inventory_item_id: string; location_id: string }
/** A line crossed downwards: the threshold, the stock now, and when (names the crossing, so its alert goes once). */
export type StockCrossing = { id: string; quantity: number; below_since: string }
type Change = { id: string; below_since: Date | null }

/**
 * Compares the levels just moved with their low-stock lines. Falling under a line marks it (a conditional update, so
 * of simultaneous sales exactly one does) and answers the crossing for the one alert; being back at or above it
 * re-arms it. Compensation puts the marks back as they were.
 */
export const checkStockThresholdsStep = createStep(
  "check-stock-thresholds",
  async (levels: LevelRef[], { container }) => {
    const ledger = container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    const itemIds = [...new Set(levels.map((level) => level.inventory_item_id))]
    const thresholds = itemIds.length ? await ledger.listStockThresholds({ inventory_item_id: itemIds }) : []
    const wanted = new Set(levels.map(levelKey))
    const watched = thresholds.filter((threshold) => wanted.has(levelKey(threshold)))
    const crossings: StockCrossing[] = []
    const changes: Change[] = []
    if (!watched.length) return new StepResponse(crossings, changes)
    const current = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: watched.map((threshold) => threshold.inventory_item_id) })
    const stocked = new Map(current.map((level) => [levelKey(level), Number(level.stocked_quantity)]))
    for (const threshold of watched) {
      const quantity = stocked.get(levelKey(threshold))
      if (quantity === undefined) continue
      if (quantity < threshold.threshold) {
        const belowSince = await ledger.markBelowThreshold(threshold.id)
        if (belowSince) {
          crossings.push({ id: threshold.id, quantity, below_since: belowSince.toISOString() })
          changes.push({ id: threshold.id, below_since: null })
        }
      } else if (await ledger.rearmThreshold(threshold.id)) {
        changes.push({ id: threshold.id, below_since: threshold.below_since ? new Date(threshold.below_since) : new Date() })
      }
    }
    container.resolve(ContainerRegistrationKeys.LOGGER).debug(`inventory ledger: ${crossings.length} low-stock crossing(s)`)
    return new StepResponse(crossings, changes)
  },
  async (changes, { container }) => {
    if (changes?.length) await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).updateStockThresholds(changes)
  }
)
