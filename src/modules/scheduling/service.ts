import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Closure from "./models/closure"
import SlotTemplate from "./models/slot-template"
import SlotUsage from "./models/slot-usage"
import StoreSwitch from "./models/store-switch"
import type { SlotType } from "./slots"
import { StoreSwitchesSchema, type StoreSwitches } from "./switches"

export type SlotKey = { seller_id: string; type: SlotType; date: string; starts_at: string }
type Execute = { execute(sql: string, params: unknown[]): Promise<{ id: string }[]> }

class SchedulingModuleService extends MedusaService({ SlotTemplate, Closure, SlotUsage, StoreSwitch }) {
  /** The switches as they are now: what staff set over the defaults. */
  async readStoreSwitches(): Promise<StoreSwitches> {
    const rows = await this.listStoreSwitches({}, { select: ["key", "value"] })
    return StoreSwitchesSchema.parse(Object.fromEntries(rows.map((row) => [row.key, (row.value as { value: unknown }).value])))
  }

  /**
   * One place of a dated slot, if one is left: the usage row is made on first use, then a single conditional UPDATE
   * takes the place, so of simultaneous bookings of the last place exactly one gets it. Returns whether this one did.
   */
  @InjectTransactionManager()
  async takeSlotPlace(key: SlotKey, limits: { orders: number; cakes: number | null }, cakes: number, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = (sharedContext as { transactionManager: Execute }).transactionManager
    await manager.execute(
      `INSERT INTO "slot_usage" ("id", "seller_id", "type", "date", "starts_at", "booked_orders", "booked_cakes", "created_at", "updated_at")
       VALUES (?, ?, ?, ?, ?, 0, 0, now(), now()) ON CONFLICT DO NOTHING`,
      [generateEntityId(undefined, "slusg"), key.seller_id, key.type, key.date, key.starts_at]
    )
    const rows = await manager.execute(
      `UPDATE "slot_usage" SET "booked_orders" = "booked_orders" + 1, "booked_cakes" = "booked_cakes" + ?, "updated_at" = now()
       WHERE "seller_id" = ? AND "type" = ? AND "date" = ? AND "starts_at" = ? AND "booked_orders" < ?
         AND (?::integer IS NULL OR "booked_cakes" + ? <= ?::integer)
       RETURNING "id"`,
      [cakes, key.seller_id, key.type, key.date, key.starts_at, limits.orders, limits.cakes, cakes, limits.cakes]
    )
    return rows.length === 1
  }

  /** Gives one place (and its cakes) back: a cancelled order or a booking undone. */
  @InjectTransactionManager()
  async giveBackSlotPlace(key: SlotKey, cakes: number, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await (sharedContext as { transactionManager: Execute }).transactionManager.execute(
      `UPDATE "slot_usage" SET "booked_orders" = GREATEST(0, "booked_orders" - 1), "booked_cakes" = GREATEST(0, "booked_cakes" - ?), "updated_at" = now()
       WHERE "seller_id" = ? AND "type" = ? AND "date" = ? AND "starts_at" = ? RETURNING "id"`,
      [cakes, key.seller_id, key.type, key.date, key.starts_at]
    )
  }
}

export default SchedulingModuleService
