import { z } from "zod"

const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const
const status = z.enum(ORDER_STATUSES)
const moment = z.coerce.date({ error: "dates are ISO 8601, e.g. 2026-03-01T00:00:00Z" })

export const ListBakerOrdersSchema = z.object({
  status: z.union([status, z.array(status)]).optional(),
  /** Medusa's operator form: created_at[$gte]=2026-03-01&created_at[$lt]=2026-04-01 */
  created_at: z.strictObject({ $gte: moment, $gt: moment, $lte: moment, $lt: moment }).partial().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  order: z.enum(["created_at", "-created_at", "display_id", "-display_id"]).default("-created_at"),
})
