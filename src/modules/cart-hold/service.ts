import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import StockHold from "./models/stock-hold"

type Execute = { execute(sql: string, params: unknown[]): Promise<ExpiredHold[]> }
export type ExpiredHold = { id: string; cart_id: string; variant_id: string; quantity: number }

class CartHoldModuleService extends MedusaService({ StockHold }) {
  /** Units of each inventory item that carts other than `cartId` hold now. */
  async heldByOtherCarts(inventoryItemIds: string[], cartId: string): Promise<Map<string, number>> {
    const held = new Map<string, number>()
    if (!inventoryItemIds.length) return held
    const holds = await this.listStockHolds({ inventory_item_id: inventoryItemIds, status: "HELD", cart_id: { $ne: cartId } }, { select: ["inventory_item_id", "quantity"] })
    for (const hold of holds) held.set(hold.inventory_item_id, (held.get(hold.inventory_item_id) ?? 0) + hold.quantity)
    return held
  }

  /**
   * Ends the due holds of these carts in one conditional UPDATE: a hold re-taken meanwhile (a later expires_at)
   * or converted by a completing order is left alone. Returns the holds it ended.
   */
  @InjectTransactionManager()
  async expireDueHolds(cartIds: string[], now: Date, @MedusaContext() sharedContext: Context = {}): Promise<ExpiredHold[]> {
    if (!cartIds.length) return []
    return (sharedContext as { transactionManager: Execute }).transactionManager.execute(
      `UPDATE "stock_hold" SET "status" = 'EXPIRED', "updated_at" = now()
       WHERE "status" = 'HELD' AND "expires_at" <= ? AND "cart_id" = ANY(string_to_array(?, ',')) AND "deleted_at" IS NULL
       RETURNING "id", "cart_id", "variant_id", "quantity"`,
      [now, cartIds.join(",")]
    )
  }
}

export default CartHoldModuleService
