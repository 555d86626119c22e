import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_CAKE_MODULE } from "../../../modules/custom-cake"
import type CustomCakeModuleService from "../../../modules/custom-cake/service"

type ImageRow = { file_id: string; customer_id: string; mime_type: string; size: number; filename: string }

/** Records who uploaded each stored photo, so only they can attach it to a request. */
export const createCustomCakeImagesStep = createStep(
  "create-custom-cake-images",
  async (rows: ImageRow[], { container }) => {
    const images = await container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).createCustomCakeImages(rows)
    return new StepResponse(images, images.map((image) => image.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).deleteCustomCakeImages(ids)
  }
)
