import { z } from "zod"
import { DescribedCakeSchema } from "../../modules/cake-pricing/domain"
import { CUSTOM_CAKE_STATUSES, PRODUCTION_STATUSES } from "../../modules/custom-cake/transitions"

const optionalText = (field: string, max: number) => z.string().trim().max(max, `${field} is at most ${max} characters`).nullish()
const page = (limit: number) => ({
  limit: z.coerce.number().int().min(1).max(100).default(limit),
  offset: z.coerce.number().int().min(0).default(0),
})

const DeliveryAddress = z
  .object({
    address_1: z.string().trim().min(1, "delivery_address.address_1 must not be blank").max(200),
    address_2: optionalText("delivery_address.address_2", 200),
    city: z.string().trim().min(1, "delivery_address.city must not be blank").max(100),
    phone: z.string().trim().regex(/^\+?[0-9 ()-]{7,20}$/, "delivery_address.phone must be a phone number, e.g. +998 90 123 45 67").nullish(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .strict()

/**
 * A customer's request. `features` describes the cake (the shop works out ingredients, labor and rush, so those keys
 * are ignored if sent); photos come as ids from POST /store/custom-cakes/images or as files of a multipart request.
 */
export const StoreSubmitCustomCake = z
  .object({
    features: DescribedCakeSchema,
    colors: z.array(z.string().trim().min(1).max(30, "a color is at most 30 characters")).max(5, "name at most 5 colors").default([]),
    cake_message: optionalText("cake_message (the text written on the cake)", 60),
    wanted_at: z.coerce.date({ error: "wanted_at must be a date and time (ISO 8601)" }),
    fulfillment: z.enum(["PICKUP", "DELIVERY"], { error: "fulfillment must be PICKUP or DELIVERY" }),
    delivery_address: DeliveryAddress.nullish(),
    servings_wanted: z.number().int("servings_wanted must be a whole number").min(1).max(1000).nullish(),
    notes: optionalText("notes", 1000),
    bakery_id: z.string().min(1).nullish(),
    region_id: z.string().min(1).optional(),
    locale: z.enum(["ru", "uz", "en"]).default("ru"),
    image_ids: z.array(z.string().min(1)).max(5, "a request takes at most 5 photos").default([]),
  })
  .strict()
  .refine((body) => body.fulfillment !== "DELIVERY" || body.delivery_address, {
    message: "a DELIVERY request needs delivery_address (address_1 and city)",
    path: ["delivery_address"],
  })
export type StoreSubmitCustomCakeType = z.infer<typeof StoreSubmitCustomCake>

const statusFilter = z.enum(CUSTOM_CAKE_STATUSES, { error: `status must be one of ${CUSTOM_CAKE_STATUSES.join(", ")}` }).optional()

export const StoreListCustomCakesQuery = z.object({ status: statusFilter, ...page(20) }).strict()
export type StoreListCustomCakesQueryType = z.infer<typeof StoreListCustomCakesQuery>

export const StaffListCustomCakesQuery = z
  .object({
    status: statusFilter,
    bakery_id: z.string().min(1).optional(),
    wanted_from: z.coerce.date({ error: "wanted_from must be a date (ISO 8601)" }).optional(),
    wanted_to: z.coerce.date({ error: "wanted_to must be a date (ISO 8601)" }).optional(),
    /** A request number (#12 or 12) or part of the customer's email. */
    q: z.string().trim().min(1).max(100).optional(),
    ...page(20),
  })
  .strict()
export type StaffListCustomCakesQueryType = z.infer<typeof StaffListCustomCakesQuery>

export const ApproveCustomCake = z
  .object({
    final_price: z
      .number({ error: "final_price must be a number in the request's currency" })
      .positive("final_price must be more than 0")
      .max(1_000_000_000)
      .refine((value) => Math.round(value * 100) === value * 100, "final_price has at most 2 decimals"),
    final_servings: z.number({ error: "final_servings must be a whole number" }).int("final_servings must be a whole number").min(1).max(1000),
    expires_in_hours: z.number().int("expires_in_hours must be whole hours").min(1, "the link must last at least 1 hour").max(336, "the link lasts at most 14 days (336 hours)").optional(),
    staff_note: optionalText("staff_note", 500),
  })
  .strict()
export type ApproveCustomCakeType = z.infer<typeof ApproveCustomCake>

export const RejectCustomCake = z
  .object({ reason: z.string({ error: "reason is required: tell the customer why" }).trim().min(3, "reason is required: tell the customer why (at least 3 characters)").max(500) })
  .strict()
export type RejectCustomCakeType = z.infer<typeof RejectCustomCake>

export const AdvanceCustomCakeProduction = z
  .object({
    status: z.enum(PRODUCTION_STATUSES, { error: `status must be one of ${PRODUCTION_STATUSES.join(", ")}` }),
    note: optionalText("note", 500),
  })
  .strict()
export type AdvanceCustomCakeProductionType = z.infer<typeof AdvanceCustomCakeProduction>
