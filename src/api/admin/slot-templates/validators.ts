import { z } from "zod"
import { SLOT_TYPES, TIME_OF_DAY } from "../../../modules/scheduling/slots"

const slotType = z.string().transform((value) => value.toUpperCase()).pipe(z.enum(SLOT_TYPES, { message: "type must be pickup or delivery" }))

export const AdminListSlotTemplatesQuery = z.object({ seller_id: z.string().trim().min(1).default("store"), type: slotType }).strict()
export type AdminListSlotTemplatesQueryType = z.infer<typeof AdminListSlotTemplatesQuery>

const Template = z
  .object({
    weekday: z.number().int().min(1, "weekday is 1 (Monday) to 7 (Sunday)").max(7, "weekday is 1 (Monday) to 7 (Sunday)"),
    starts_at: z.string().regex(TIME_OF_DAY, "starts_at must be a time like 10:00"),
    ends_at: z.string().regex(TIME_OF_DAY, "ends_at must be a time like 12:00"),
    capacity_orders: z.number().int().min(0).max(1000),
    capacity_cakes: z.number().int().min(0).max(1000).nullable().default(null),
  })
  .strict()
  .refine((template) => template.starts_at < template.ends_at, { message: "a slot must end after it starts" })

/** A seller's whole week of one kind of slot; two slots may not start at the same time on one weekday. */
export const AdminSetSlotTemplates = z
  .object({ seller_id: z.string().trim().min(1).default("store"), type: slotType, templates: z.array(Template).max(200) })
  .strict()
  .refine(({ templates }) => new Set(templates.map((template) => `${template.weekday} ${template.starts_at}`)).size === templates.length, {
    message: "two slots start at the same time on the same weekday",
  })
export type AdminSetSlotTemplatesType = z.infer<typeof AdminSetSlotTemplates>
