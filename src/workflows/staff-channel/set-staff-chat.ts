import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../modules/staff-channel"
import type StaffChannelModuleService from "../../modules/staff-channel/service"

export type SetStaffChatInput = { seller_id: string; staff_chat_id: string; courier_chat_id?: string | null; language?: string }

type Previous = { created_id: string } | { id: string; staff_chat_id: string; courier_chat_id: string | null; language: string }

const setStaffChatStep = createStep(
  "set-staff-chat",
  async (input: SetStaffChatInput, { container }) => {
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const [known] = await staff.listStaffChats({ seller_id: input.seller_id })
    const values = { staff_chat_id: input.staff_chat_id, courier_chat_id: input.courier_chat_id ?? null, ...(input.language ? { language: input.language } : {}) }
    if (known) {
      const updated = await staff.updateStaffChats({ id: known.id, ...values })
      return new StepResponse(updated, { id: known.id, staff_chat_id: known.staff_chat_id, courier_chat_id: known.courier_chat_id, language: known.language } as Previous)
    }
    const created = await staff.createStaffChats({ seller_id: input.seller_id, ...values })
    return new StepResponse(created, { created_id: created.id } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    if ("created_id" in previous) await staff.deleteStaffChats(previous.created_id)
    else await staff.updateStaffChats(previous)
  }
)

/** Where a seller's orders ("store" or a bakery id) are announced: the staff chat, the courier chat, their language. */
export const setStaffChatWorkflow = createWorkflow("set-staff-chat", (input: SetStaffChatInput) => {
  return new WorkflowResponse(setStaffChatStep(input))
})
