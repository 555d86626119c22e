import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertBakerMayEditStep } from "../baker/steps/assert-baker-may-edit"
import { addProductImagesWorkflow, type AddProductImagesInput } from "./add-product-images"

/** A baker's photos for their own product (ownership is checked by the route): as staff's, once the bakery may edit. */
export const addBakerProductImagesWorkflow = createWorkflow(
  "add-baker-product-images",
  (input: AddProductImagesInput & { bakery_id: string }) => {
    assertBakerMayEditStep({ bakery_id: input.bakery_id, product_id: input.product_id })
    const variants = addProductImagesWorkflow.runAsStep({ input: { product_id: input.product_id, photos: input.photos } })
    return new WorkflowResponse(variants)
  }
)
