import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { STAFF_CHANNEL_MODULE } from "../modules/staff-channel"
import type StaffChannelModuleService from "../modules/staff-channel/service"
import { remindUnacceptedTicketWorkflow } from "../workflows/staff-channel/remind-unaccepted-ticket"

const BATCH = 50

/** Paid orders still NEW after STAFF_ACCEPT_REMINDER_MINUTES get one reminder each; a failure is logged and the rest go on. */
export default async function remindUnacceptedTickets(container: MedusaContainer): Promise<{ reminded: number }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const before = new Date(Date.now() - readEnv().STAFF_ACCEPT_REMINDER_MINUTES * 60_000)
  const waiting = await container
    .resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    .listProductionTickets({ status: "NEW", reminded_at: null, paid_at: { $lte: before } }, { select: ["id"], take: BATCH, order: { paid_at: "ASC" } })
  let reminded = 0
  for (const { id } of waiting) {
    const { result, errors } = await remindUnacceptedTicketWorkflow(container).run({ input: { ticket_id: id }, throwOnError: false })
    if (errors.length) logger.warn(`staff channel: reminder of ticket ${id} failed: ${errors[0].error?.message ?? "unknown error"}`)
    else if (result.reminded) reminded += 1
  }
  return { reminded }
}

export const config = { name: "remind-unaccepted-tickets", schedule: readEnv().STAFF_REMINDER_SCHEDULE }
