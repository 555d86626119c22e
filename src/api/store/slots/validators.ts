import { z } from "zod"
import { isCalendarDate, SLOT_TYPES } from "../../../modules/scheduling/slots"

/** The longest range one request may list. */
export const MAX_SLOT_DAYS = 31

export const calendarDate = (field: string) => z.string().refine(isCalendarDate, `${field} must be a real date like 2026-12-24`)

/** "pickup" or "delivery" (any case), as the module's PICKUP / DELIVERY. */
export const slotType = z.string().transform((value) => value.toUpperCase()).pipe(z.enum(SLOT_TYPES, { message: "type must be pickup or delivery" }))

/** Slots of one seller ("store" or a bakery id) and kind, from one date to another (both included). */
export const StoreListSlotsQuery = z
  .object({
    seller: z.string().trim().min(1).max(100).default("store"),
    /** A cart: its seller's slots, bookable only where the cart's products may be served. */
    cart_id: z.string().trim().min(1).max(100).optional(),
    type: slotType,
    from: calendarDate("from"),
    to: calendarDate("to"),
  })
  .strict()
  .refine(({ from, to }) => from <= to, { message: "from must not be after to" })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 < MAX_SLOT_DAYS, { message: `list at most ${MAX_SLOT_DAYS} days at once` })
export type StoreListSlotsQueryType = z.infer<typeof StoreListSlotsQuery>
