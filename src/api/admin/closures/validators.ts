import { z } from "zod"
import { isCalendarDate } from "../../../modules/scheduling/slots"

export const AdminListClosuresQuery = z.object({ seller_id: z.string().trim().min(1).default("store") }).strict()
export type AdminListClosuresQueryType = z.infer<typeof AdminListClosuresQuery>

/** A day the seller takes no orders; booked places that day stay booked (staff call those customers). */
export const AdminCreateClosure = z
  .object({
    seller_id: z.string().trim().min(1).default("store"),
    date: z.string().refine(isCalendarDate, "date must be a real date like 2026-03-21"),
    reason: z.string().trim().max(200).nullable().default(null),
  })
  .strict()
export type AdminCreateClosureType = z.infer<typeof AdminCreateClosure>
