import { z } from "zod"

export const AcceptBakerInviteSchema = z.object({ token: z.string().trim().min(1, "token is the invite token from the invite link") })
export type AcceptBakerInviteBody = z.infer<typeof AcceptBakerInviteSchema>
