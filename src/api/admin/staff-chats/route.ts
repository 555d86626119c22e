import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import { setStaffChatWorkflow } from "../../../workflows/staff-channel/set-staff-chat"
import type { AdminSetStaffChatType } from "./validators"

const staffChannelOf = (req: AuthenticatedMedusaRequest) => req.scope.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)

/** GET /admin/staff-chats: where each seller's orders are announced to its staff and couriers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const staffChats = await staffChannelOf(req).listStaffChats({}, { order: { seller_id: "ASC" }, take: null })
  res.json({ staff_chats: staffChats })
}

/** POST /admin/staff-chats `{ seller_id, staff_chat_id, courier_chat_id?, language? }`: sets (or replaces) a seller's chats. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetStaffChatType>, res: MedusaResponse) => {
  const { result } = await setStaffChatWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ staff_chat: result })
}
