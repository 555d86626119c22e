import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { CUSTOM_CAKE_MODULE } from "../modules/custom-cake"
import type CustomCakeModuleService from "../modules/custom-cake/service"
import { expireCustomCakeRequestWorkflow } from "../workflows/custom-cake/close-unpaid-custom-cake"

const BATCH = 100

/**
 * Approvals whose payment links lapsed become EXPIRED. One that a gateway is paying right now is left for the next
 * run (its payment decides); every other failure is logged and the rest go on.
 */
export default async function expireCustomCakeRequests(container: MedusaContainer): Promise<{ expired: number; skipped: number }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const lapsed = await container
    .resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE)
    .listCustomCakeRequests({ status: "APPROVED_AWAITING_PAYMENT", payment_expires_at: { $lte: new Date() } }, { select: ["id"], take: BATCH, order: { payment_expires_at: "ASC" } })
  let expired = 0
  for (const { id } of lapsed) {
    const { errors } = await expireCustomCakeRequestWorkflow(container).run({
      input: { id, actor: { type: "system", id: null }, note: "The payment link lapsed unpaid." },
      throwOnError: false,
    })
    if (errors.length) logger.warn(`custom cake ${id} not expired yet: ${errors[0].error?.message ?? "unknown error"}`)
    else expired += 1
  }
  return { expired, skipped: lapsed.length - expired }
}

export const config = { name: "expire-custom-cake-requests", schedule: readEnv().CUSTOM_CAKE_EXPIRY_SCHEDULE }
