import { z } from "zod"
import { AdminCreateBakery } from "../../admin/bakeries/validators"

/** The staff's profile rules, minus the handle: handle and status stay with the Dasturxon staff. */
export const UpdateMyBakerySchema = AdminCreateBakery.omit({ handle: true })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: "send at least one field to change" })

export type UpdateMyBakeryBody = z.infer<typeof UpdateMyBakerySchema>
