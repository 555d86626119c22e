import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_CAKE_MODULE } from "../../../modules/custom-cake"
import type CustomCakeModuleService from "../../../modules/custom-cake/service"

export type CreateCustomCakeRequestInput = Record<string, unknown> & { customer_id: string; image_ids: string[] }

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE)

/** Stores the request with its first history line and takes the customer's photos; undone by deleting it. */
export const createCustomCakeRequestStep = createStep(
  "create-custom-cake-request",
  async ({ image_ids, ...fields }: CreateCustomCakeRequestInput, { container }) => {
    const customCakes = service(container)
    const request = await customCakes.createCustomCakeRequests(fields as any)
    await customCakes.createCustomCakeStatusChanges({
      request_id: request.id,
      from_status: null,
      to_status: "PENDING_REVIEW",
      actor_type: "customer",
      actor_id: fields.customer_id,
    })
    if (image_ids.length) await customCakes.updateCustomCakeImages(image_ids.map((id) => ({ id, request_id: request.id })))
    return new StepResponse(request, { id: request.id, image_ids })
  },
  async (created, { container }) => {
    if (!created) return
    const customCakes = service(container)
    if (created.image_ids.length) await customCakes.updateCustomCakeImages(created.image_ids.map((id) => ({ id, request_id: null })))
    await customCakes.deleteCustomCakeRequests(created.id)
  }
)
