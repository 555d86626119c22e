import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptedImagesOf } from "../../../../lib/uploads/accept-images"
import { uploadCustomCakeImagesWorkflow } from "../../../../workflows/custom-cake/upload-custom-cake-images"

/** POST /store/custom-cakes/images: reference photos uploaded ahead of a request; their ids go in its image_ids. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await uploadCustomCakeImagesWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      files: acceptedImagesOf(req).map(({ filename, mimeType, size, content }) => ({ filename, mimeType, size, content: content.toString("base64") })),
    },
  })
  res.status(201).json({ images: result.map(({ id, mime_type, size, filename }) => ({ id, mime_type, size, filename })) })
}
