import { z } from "zod"
import { openingHoursSchema, timezoneSchema } from "../../../modules/bakery/opening-hours"
import { BAKERY_HANDLE_PATTERN } from "../../../workflows/bakery/bakery-handle"

const phone = z.string().trim().regex(/^\+[1-9]\d{7,14}$/, "phone must be in international format, e.g. +998901234567")
const optionalText = (max: number) => z.string().trim().max(max, `at most ${max} characters`).optional()

const NewBakery = z
  .object({
    name: z.string().trim().min(1, "name of the new bakery is required").max(120),
    handle: z
      .string()
      .trim()
      .max(64, "handle has at most 64 characters")
      .regex(BAKERY_HANDLE_PATTERN, 'handle is lowercase letters and digits joined by hyphens, e.g. "olmazor-tandir"'),
    phone: phone.optional(),
    address: optionalText(300),
    description: optionalText(2000),
    timezone: timezoneSchema.optional(),
    opening_hours: openingHoursSchema.optional(),
  })
  .strict()

export const StoreSubmitBakerApplication = z
  .object({
    applicant_name: z.string().trim().min(1, "applicant_name is required").max(120),
    email: z.string().trim().toLowerCase().pipe(z.email("email must be an email address")),
    phone,
    telegram_user_id: z.string().trim().regex(/^\d{1,20}$/, "telegram_user_id is the numeric Telegram user id").optional(),
    bio: optionalText(2000),
    new_bakery: NewBakery.optional(),
    bakery_id: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((body) => !!body.new_bakery !== !!body.bakery_id, {
    message: "Give exactly one of new_bakery (to open a bakery) or bakery_id (to join an existing one)",
    path: ["new_bakery"],
  })

export type StoreSubmitBakerApplicationType = z.infer<typeof StoreSubmitBakerApplication>

export const StoreWithdrawBakerApplication = z
  .object({ token: z.string().trim().min(1, "token is the withdraw token you got when you applied") })
  .strict()

export type StoreWithdrawBakerApplicationType = z.infer<typeof StoreWithdrawBakerApplication>
