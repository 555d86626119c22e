import { z } from "zod"

/** GET /store/carts/:id/holds takes no parameters; an unknown one is a 400, not silently ignored. */
export const StoreListCartHoldsQuery = z.object({}).strict()
