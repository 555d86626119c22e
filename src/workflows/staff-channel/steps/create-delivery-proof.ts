import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"

export type NewDeliveryProof = {
  ticket_id: string
  file_id: string
  mime_type: string
  size: number
  telegram_user_id: string
  telegram_user_name: string | null
  telegram_file_unique_id: string
  taken_at: Date
}

/** Records a stored photo as the ticket's proof of delivery; removed again if a later step fails. */
export const createDeliveryProofStep = createStep(
  "create-delivery-proof",
  async (input: NewDeliveryProof, { container }) => {
    const proof = await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).createDeliveryProofs(input)
    return new StepResponse(proof, proof.id)
  },
  async (proofId, { container }) => {
    if (proofId) await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).deleteDeliveryProofs(proofId)
  }
)
