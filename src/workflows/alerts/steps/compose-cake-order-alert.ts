import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import { staffLanguage } from "../../../modules/staff-channel/posts/ticket-post"
import { readTicketView } from "../../../modules/staff-channel/posts/ticket-view"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import { sharedBotI18n } from "../../../modules/telegram/bot/i18n"
import { cakeOrderAlertText } from "../cake-order-alert-text"
import type { StaffAlertInput } from "./send-alert-sms"


/** The alert a published ticket needs: one when its order holds a cake, in its staff chat's language; null otherwise. */
export const composeCakeOrderAlertStep = createStep("compose-cake-order-alert", async ({ id }: { id: string }, { container }) => {
  const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
  const [ticket] = await staff.listProductionTickets({ id }, { select: ["id", "has_cake", "seller_id"] })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production ticket ${id} was not found.`)
  if (!ticket.has_cake) return new StepResponse(null as StaffAlertInput | null)
  const view = await readTicketView(container.resolve(ContainerRegistrationKeys.QUERY), id)
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The order of production ticket ${id} was not found.`)
  const [chat] = await staff.listStaffChats({ seller_id: ticket.seller_id }, { select: ["language"] })
  const alert: StaffAlertInput = {
    seller_id: ticket.seller_id,
    text: cakeOrderAlertText(sharedBotI18n(), staffLanguage(chat?.language), view),
    idempotency_key: `alert-cake-order:${ticket.id}`,
  }
  return new StepResponse(alert)
})
