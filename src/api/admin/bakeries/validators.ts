import { z } from "zod"
import { openingHoursSchema, timezoneSchema } from "../../../modules/bakery/opening-hours"
import { BAKERY_HANDLE_PATTERN } from "../../../workflows/bakery/bakery-handle"

const optionalText = (max: number) => z.string().trim().max(max).nullish()

const bakeryProfile = {
  name: z.string().trim().min(1, "name must not be blank").max(200),
  description: optionalText(4000),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, "phone must be in E.164 form, e.g. +998901234567")
    .nullish(),
  address: optionalText(500),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  timezone: timezoneSchema.optional(),
  opening_hours: openingHoursSchema.nullish(),
  logo_url: z.url().nullish(),
  vat_rate: z.number().min(0).max(100).nullish(),
}

const handle = z
  .string()
  .max(64)
  .regex(BAKERY_HANDLE_PATTERN, "handle must be lowercase letters and digits joined by single hyphens, e.g. non-uyi")

export const AdminCreateBakery = z.object({ handle, ...bakeryProfile }).strict()
export type AdminCreateBakeryType = z.infer<typeof AdminCreateBakery>

export const AdminUpdateBakery = z
  .object({ handle, ...bakeryProfile })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { message: "send at least one field to change" })
export type AdminUpdateBakeryType = z.infer<typeof AdminUpdateBakery>

export const AdminSuspendBakery = z
  .object({ reason: z.string().trim().min(1, "reason must not be blank: say why the bakery is suspended").max(1000) })
  .strict()
export type AdminSuspendBakeryType = z.infer<typeof AdminSuspendBakery>

export const AdminReactivateBakery = z.object({}).strict()

export const AdminListBakeriesQuery = z
  .object({
    q: z.string().trim().min(1).optional(),
    status: z.enum(["active", "suspended"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z
      .enum(["name", "-name", "handle", "-handle", "created_at", "-created_at", "rating_average", "-rating_average"])
      .default("name"),
  })
  .strict()
export type AdminListBakeriesQueryType = z.infer<typeof AdminListBakeriesQuery>
