import { StoreSwitchesSchema } from "../../../modules/scheduling/switches"

/** Any of the switches, each checked by its own rule; unknown names are refused. */
export const AdminSetStoreSwitches = StoreSwitchesSchema.partial().strict()
