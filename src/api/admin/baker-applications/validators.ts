import { z } from "zod"

export const AdminListBakerApplicationsQuery = z
  .object({
    q: z.string().trim().min(1).optional(),
    status: z.enum(["pending", "approved", "rejected", "withdrawn"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z.enum(["created_at", "-created_at", "decided_at", "-decided_at"]).default("created_at"),
  })
  .strict()
export type AdminListBakerApplicationsQueryType = z.infer<typeof AdminListBakerApplicationsQuery>

export const AdminApproveBakerApplication = z.object({}).strict()

export const AdminRejectBakerApplication = z
  .object({ reason: z.string().trim().min(1, "reason must not be blank: tell the applicant why").max(1000) })
  .strict()
export type AdminRejectBakerApplicationType = z.infer<typeof AdminRejectBakerApplication>
