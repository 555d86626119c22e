import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomCakeImagesStep } from "./steps/create-custom-cake-images"

export type UploadCustomCakeImagesInput = {
  customer_id: string
  /** Checked already by content (src/lib/uploads); content is base64, as Medusa's own upload route passes it. */
  files: { filename: string; mimeType: string; size: number; content: string }[]
}

/** A customer's reference photos, stored privately in the File module and recorded as theirs. */
export const uploadCustomCakeImagesWorkflow = createWorkflow("upload-custom-cake-images", (input: UploadCustomCakeImagesInput) => {
  const stored = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.files.map(({ filename, mimeType, content }) => ({ filename, mimeType, content, access: "private" as const })),
    })),
  })
  const images = createCustomCakeImagesStep(
    transform({ input, stored }, ({ input, stored }) =>
      stored.map((file, index) => ({
        file_id: file.id,
        customer_id: input.customer_id,
        mime_type: input.files[index].mimeType,
        size: input.files[index].size,
        filename: input.files[index].filename,
      }))
    )
  )
  return new WorkflowResponse(images)
})
