import { z } from "zod"

/** null hands the product back to the store itself. */
export const AdminSetProductBakery = z.object({ bakery_id: z.string().min(1).nullable() }).strict()
export type AdminSetProductBakeryType = z.infer<typeof AdminSetProductBakery>
