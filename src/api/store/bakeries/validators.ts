import { z } from "zod"

export const StoreListBakeriesQuery = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    /** true: only bakeries open at this moment in their own time zone; false: only those closed now. */
    open_now: z.enum(["true", "false"], { message: "open_now must be true or false" }).transform((value) => value === "true").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z
      .enum(["-rating_average", "rating_average", "name", "-name"], {
        message: "order must be -rating_average (best rated first, the default), rating_average, name or -name",
      })
      .default("-rating_average"),
  })
  .strict()

export type StoreListBakeriesQueryType = z.infer<typeof StoreListBakeriesQuery>

export const StoreCreateBakeryReview = z
  .object({
    order_id: z.string().trim().min(1, "order_id names the order you are reviewing"),
    rating: z.number().int("rating is a whole number of stars from 1 to 5").min(1, "rating is at least 1").max(5, "rating is at most 5"),
    text: z.string().trim().max(2000, "text has at most 2000 characters").optional(),
  })
  .strict()

export type StoreCreateBakeryReviewType = z.infer<typeof StoreCreateBakeryReview>
