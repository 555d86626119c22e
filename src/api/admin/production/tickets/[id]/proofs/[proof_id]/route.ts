import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { IMAGE_EXTENSIONS, type ImageMimeType } from "../../../../../../../lib/uploads/image-type"
import { STAFF_CHANNEL_MODULE } from "../../../../../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../../../../../modules/staff-channel/service"
import { sendPrivateFile } from "../../../../../../shared/private-file"

/**
 * GET /admin/production/tickets/:id/proofs/:proof_id: a courier's photo of the delivery, from private storage (on S3 a
 * redirect to a short-lived signed link, locally the bytes).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, proof_id } = req.params
  const staff = req.scope.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
  const [proof] = await staff.listDeliveryProofs({ id: proof_id, ticket_id: id })
  if (!proof) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Photo ${proof_id} of production ticket ${id} was not found; check both ids.`)
  const extension = IMAGE_EXTENSIONS[proof.mime_type as ImageMimeType] ?? "bin"
  await sendPrivateFile(req, res, { file_id: proof.file_id, mime_type: proof.mime_type, filename: `delivery-${proof.id}.${extension}` })
}
