import { z } from "zod"
import { MANUAL_REASONS, MOVEMENT_REASONS, CORRECTION_STATUSES } from "../../../modules/inventory-ledger/movements"

const upper = (value: unknown) => (typeof value === "string" ? value.toUpperCase() : value)
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")

export const AdminListMovementsQuery = z.object({
  inventory_item_id: z.string().optional(),
  location_id: z.string().optional(),
  reason: z.preprocess(upper, z.enum(MOVEMENT_REASONS)).optional(),
  /** Days in Asia/Tashkent, both included. */
  from: day.optional(),
  to: day.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListMovementsQueryType = z.infer<typeof AdminListMovementsQuery>

export const AdminRecordMovement = z.object({
  inventory_item_id: z.string().min(1),
  location_id: z.string().min(1),
  reason: z.preprocess(upper, z.enum(MANUAL_REASONS)),
  quantity: z.number().int(),
  note: z.string().max(500).nullish(),
})
export type AdminRecordMovementType = z.infer<typeof AdminRecordMovement>

export const AdminListCorrectionsQuery = z.object({ status: z.preprocess(upper, z.enum(CORRECTION_STATUSES)).optional() })

export const AdminSetThreshold = z.object({
  inventory_item_id: z.string().min(1),
  location_id: z.string().min(1),
  threshold: z.number().int().min(0),
})
export type AdminSetThresholdType = z.infer<typeof AdminSetThreshold>

export const AdminImportStock = z.object({
  csv: z.string().min(1).max(5_000_000),
  dry_run: z.boolean().default(false),
})
export type AdminImportStockType = z.infer<typeof AdminImportStock>
