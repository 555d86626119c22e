import { model } from "@medusajs/framework/utils"
import { SLOT_TYPES } from "../slots"

export const SLOT_BOOKING_STATUSES = ["HELD", "EXPIRED", "BOOKED", "RELEASED"] as const
export type SlotBookingStatus = (typeof SLOT_BOOKING_STATUSES)[number]

/**
 * A cart's place in a dated slot. HELD while the customer pays (until `expires_at`), BOOKED once the order exists,
 * EXPIRED when an unpaid hold lapsed (its place given back), RELEASED when the customer changed slot or the order
 * was cancelled. A cart has at most one HELD or BOOKED booking.
 */
const SlotBooking = model
  .define("slot_booking", {
    id: model.id({ prefix: "slbk" }).primaryKey(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    seller_id: model.text(),
    type: model.enum([...SLOT_TYPES]),
    date: model.text(),
    starts_at: model.text(),
    ends_at: model.text(),
    cakes: model.number().default(0),
    status: model.enum([...SLOT_BOOKING_STATUSES]).default("HELD"),
    expires_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "status IN ('HELD', 'BOOKED') AND deleted_at IS NULL" },
    { on: ["status", "expires_at"] },
    { on: ["order_id"] },
  ])

export default SlotBooking
