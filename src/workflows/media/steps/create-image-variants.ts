import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEDIA_MODULE } from "../../../modules/media"
import type MediaModuleService from "../../../modules/media/service"
import type { StoredPhoto } from "./store-product-photos"

/** Records the stored photos' sizes; compensation deletes the records. */
export const createImageVariantsStep = createStep(
  "create-image-variants",
  async (input: { photos: StoredPhoto[] }, { container }) => {
    const media = container.resolve<MediaModuleService>(MEDIA_MODULE)
    const created = await media.createImageVariants(input.photos)
    return new StepResponse(created, created.map((variant) => variant.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<MediaModuleService>(MEDIA_MODULE).deleteImageVariants(ids)
  }
)
