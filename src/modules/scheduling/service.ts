import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Closure from "./models/closure"
import SlotBooking, { type SlotBookingStatus } from "./models/slot-booking"
import SlotTemplate from "./models/slot-template"
import SlotUsage from "./models/slot-usage"
import StoreSwitch from "./models/store-switch"
import type { SlotType } from "./slots"
import { StoreSwitchesSchema, type StoreSwitches } from "./switches"

export type SlotKey = { seller_id: string; type: SlotType; date: string; starts_at: string }
type Execute = { execute(sql: string, params: unknown[]): Promise<{ id: string }[]> }
/** Limits that never refuse: taking back a place that was this booking's, whatever the capacity is now. */
export const ANY_CAPACITY = { orders: Number.MAX_SAFE_INTEGER, cakes: null }

type BookingPatch = { status: SlotBookingStatus; expires_at?: Date | null; order_id?: string | null }

class SchedulingModuleService extends MedusaService({ SlotTemplate, Closure, SlotUsage, StoreSwitch, SlotBooking }) {
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

  /**
   * Replaces a switch row's JSON as a whole: the generated update merges JSON objects, so a key dropped from a
   * record-valued switch (e.g. a product type's lead time) would survive it.
   */
  @InjectTransactionManager()
  async replaceStoreSwitchValue(id: string, value: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await (sharedContext as { transactionManager: Execute }).transactionManager.execute(
      `UPDATE "store_switch" SET "value" = ?::jsonb, "updated_at" = now() WHERE "id" = ? RETURNING "id"`,
      [JSON.stringify(value), id]
    )
  }

  /**
   * Moves a booking on only from the status expected (and, for an expiry, only once it is due), in one statement:
   * the expiry job and a completing checkout may reach the same hold at once, and exactly one of them moves it.
   */
  @InjectTransactionManager()
  async moveBookingIf(id: string, expected: { status: SlotBookingStatus; due_before?: Date }, patch: BookingPatch, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const columns = (["status", "expires_at", "order_id"] as const).filter((column) => patch[column] !== undefined)
    const rows = await (sharedContext as { transactionManager: Execute }).transactionManager.execute(
      `UPDATE "slot_booking" SET ${columns.map((column) => `"${column}" = ?`).join(", ")}, "updated_at" = now()
       WHERE "id" = ? AND "status" = ? AND "deleted_at" IS NULL ${expected.due_before ? `AND "expires_at" < ?` : ""} RETURNING "id"`,
      [...columns.map((column) => patch[column]), id, expected.status, ...(expected.due_before ? [expected.due_before] : [])]
    )
    return rows.length === 1
  }

  /**
   * Ends a booking that is still `expected` (and, for an expiry, due) and gives its place back, in one transaction:
   * of the expiry job and a checkout reaching one hold at once, only one moves it, and the place is returned once.
   */
  @InjectTransactionManager()
  async endBookingIf(id: string, expected: { status: SlotBookingStatus; due_before?: Date }, to: "EXPIRED" | "RELEASED", @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const [booking] = await this.listSlotBookings({ id }, {}, sharedContext)
    if (!booking || !(await this.moveBookingIf(id, expected, { status: to, expires_at: null }, sharedContext))) return false
    await this.giveBackSlotPlace(booking, booking.cakes, sharedContext)
    return true
  }

  /**
   * Takes an ended booking's place again and moves it on (a lapsed hold paid for after all, a release undone), in one
   * transaction; false when the slot has no place left (or the booking moved meanwhile), and nothing changes then.
   */
  @InjectTransactionManager()
  async retakeBooking(id: string, from: SlotBookingStatus, limits: { orders: number; cakes: number | null }, patch: BookingPatch, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const [booking] = await this.listSlotBookings({ id, status: from }, {}, sharedContext)
    if (!booking || !(await this.takeSlotPlace(booking, limits, booking.cakes, sharedContext))) return false
    if (await this.moveBookingIf(id, { status: from }, patch, sharedContext)) return true
    await this.giveBackSlotPlace(booking, booking.cakes, sharedContext)
    return false
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

  /**
   * Orders booked from `from` to `to` (dates, both included) in slots that today's weekly templates offer on those
   * dates' weekdays, on days the seller was open; one seller's when `seller_id` is given. Summed by the database: a
   * year holds tens of thousands of usage rows the report only adds up.
   */
  @InjectManager()
  async sumBookedOrdersOfOpenSlots(range: { from: string; to: string; seller_id?: string }, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const [row] = await (sharedContext as { manager: { execute(sql: string, params: unknown[]): Promise<{ booked: number }[]> } }).manager.execute(
      // summed per slot and weekday first, then matched to the few templates (a join row by row re-casts every date)
      `SELECT COALESCE(SUM(b."booked"), 0)::int AS "booked" FROM (
         SELECT u."seller_id", u."type", u."starts_at", EXTRACT(ISODOW FROM u."date"::date)::int AS "weekday", SUM(u."booked_orders") AS "booked" FROM "slot_usage" u
          WHERE u."date" >= ? AND u."date" <= ? AND u."deleted_at" IS NULL${range.seller_id ? ` AND u."seller_id" = ?` : ""}
            AND NOT EXISTS (SELECT 1 FROM "closure" c WHERE c."seller_id" = u."seller_id" AND c."date" = u."date" AND c."deleted_at" IS NULL)
          GROUP BY 1, 2, 3, 4) b
         JOIN "slot_template" t ON t."seller_id" = b."seller_id" AND t."type" = b."type" AND t."starts_at" = b."starts_at" AND t."weekday" = b."weekday" AND t."deleted_at" IS NULL`,
      [range.from, range.to, ...(range.seller_id ? [range.seller_id] : [])]
    )
    return row.booked
  }
}

export default SchedulingModuleService
