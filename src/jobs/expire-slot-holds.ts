import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireSlotHoldsWorkflow } from "../workflows/scheduling/expire-slot-holds"

/** Every minute: unpaid slot holds past SLOT_HOLD_MINUTES give their places back. */
export default async function expireSlotHolds(container: MedusaContainer): Promise<{ expired: number; kept: number }> {
  const { result } = await expireSlotHoldsWorkflow(container).run()
  if (result.expired.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`scheduling: ${result.expired.length} unpaid slot hold(s) expired`)
  return { expired: result.expired.length, kept: result.kept.length }
}

export const config = { name: "expire-slot-holds", schedule: "* * * * *" }
