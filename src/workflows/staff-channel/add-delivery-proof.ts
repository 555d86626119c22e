import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductionEvents } from "../../modules/staff-channel/events"
import type { TicketActor } from "../../modules/staff-channel/transitions"
import { checkDeliveryProofStep } from "./steps/check-delivery-proof"
import { createDeliveryProofStep } from "./steps/create-delivery-proof"
import { recordTicketChangeStep } from "./steps/record-ticket-change"
import { syncTicketPostsStep } from "./steps/sync-ticket-posts"

export type AddDeliveryProofInput = {
  ticket_id: string
  /** The courier who sent it; `id` is their Telegram user id. */
  actor: TicketActor & { id: string }
  /** Checked already by content (src/lib/uploads); content is base64, as Medusa's own upload route passes it. */
  photo: { filename: string; mimeType: string; size: number; content: string }
  telegram_file_unique_id: string
  taken_at: Date
}

/**
 * A photo of the delivery from the courier who took it: checked against the ticket, stored privately in the File
 * module, recorded on the ticket (and in its history, which the admin's board follows), shown on the posts. If a
 * step fails, the stored file and the record are removed again.
 */
export const addDeliveryProofWorkflow = createWorkflow("add-delivery-proof", (input: AddDeliveryProofInput) => {
  const ticket = checkDeliveryProofStep(transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, telegram_user_id: input.actor.id })))
  const stored = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: [{ filename: input.photo.filename, mimeType: input.photo.mimeType, content: input.photo.content, access: "private" as const }],
    })),
  })
  const proof = createDeliveryProofStep(
    transform({ input, stored }, ({ input, stored }) => ({
      ticket_id: input.ticket_id,
      file_id: stored[0].id,
      mime_type: input.photo.mimeType,
      size: input.photo.size,
      telegram_user_id: input.actor.id,
      telegram_user_name: input.actor.name,
      telegram_file_unique_id: input.telegram_file_unique_id,
      taken_at: input.taken_at,
    }))
  )
  recordTicketChangeStep(
    transform({ input, ticket }, ({ input, ticket }) => ({ ticket_id: input.ticket_id, from_status: ticket.status, to_status: ticket.status, actor: input.actor, note: "delivery_proof" }))
  )
  syncTicketPostsStep({ ticket_id: input.ticket_id })
  emitEventStep({ eventName: ProductionEvents.DELIVERY_PROOF_ADDED, data: transform({ input }, ({ input }) => ({ id: input.ticket_id })) })
  return new WorkflowResponse(proof)
})
