import { z } from "zod"
import { TIME_OF_DAY } from "../../../../../modules/scheduling/slots"
import { calendarDate, slotType } from "../../../slots/validators"

/** The slot a cart asks to hold: one of GET /store/slots's, by kind, date and start. */
export const StoreHoldCartSlot = z
  .object({
    type: slotType,
    date: calendarDate("date"),
    starts_at: z.string().regex(TIME_OF_DAY, "starts_at must be a time of day like 10:00"),
  })
  .strict()
export type StoreHoldCartSlotType = z.infer<typeof StoreHoldCartSlot>
