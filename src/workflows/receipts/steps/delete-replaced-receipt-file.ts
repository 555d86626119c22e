import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Removes the PDF a regeneration replaced. A file left behind harms nothing, so a failure is only logged. */
export const deleteReplacedReceiptFileStep = createStep(
  "delete-replaced-receipt-file",
  async ({ file_id }: { file_id: string | null }, { container }) => {
    if (!file_id) return new StepResponse(null)
    await container
      .resolve(Modules.FILE)
      .deleteFiles(file_id)
      .catch((error: Error) => container.resolve(ContainerRegistrationKeys.LOGGER).warn(`receipts: removing the replaced PDF ${file_id} failed: ${error.message}`))
    return new StepResponse(null)
  }
)
