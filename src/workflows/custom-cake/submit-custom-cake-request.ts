import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DescribedCake } from "../../modules/cake-pricing/domain"
import { CustomCakeEvents } from "../../modules/custom-cake/events"
import { predictCakePriceWorkflow } from "../pricing/predict-cake-price"
import { createCustomCakeRequestStep } from "./steps/create-custom-cake-request"
import { prepareCustomCakeSubmissionStep } from "./steps/prepare-custom-cake-submission"
import { uploadCustomCakeImagesWorkflow, type UploadCustomCakeImagesInput } from "./upload-custom-cake-images"

export type DeliveryAddress = { address_1: string; address_2?: string | null; city: string; phone?: string | null; latitude?: number; longitude?: number }

export type SubmitCustomCakeRequestInput = {
  customer_id: string
  sales_channel_id: string
  region_id?: string
  bakery_id?: string | null
  locale: "ru" | "uz" | "en"
  cake: DescribedCake
  colors: string[]
  cake_message?: string | null
  wanted_at: Date | string
  fulfillment: "PICKUP" | "DELIVERY"
  delivery_address?: DeliveryAddress | null
  servings_wanted?: number | null
  notes?: string | null
  /** Photos uploaded before (their ids) and photos sent with this request (stored only if it is accepted). */
  image_ids: string[]
  new_images?: UploadCustomCakeImagesInput["files"]
}

/**
 * A customer's cake request: checked, priced by the pricing module (which logs the suggestion), stored as
 * PENDING_REVIEW with the customer's photos (those sent with it are stored privately, and removed again if anything
 * fails); `custom_cake.submitted` tells the customer it arrived.
 */
export const submitCustomCakeRequestWorkflow = createWorkflow("submit-custom-cake-request", (input: SubmitCustomCakeRequestInput) => {
  const prepared = prepareCustomCakeSubmissionStep(input)
  const prices = predictCakePriceWorkflow.runAsStep({
    input: transform({ prepared }, ({ prepared }) => ({ features: prepared.features, sizes_cm: [], context: "custom_cake" })),
  })
  const uploaded = uploadCustomCakeImagesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ customer_id: input.customer_id, files: input.new_images ?? [] })),
  })
  const fields = transform({ input, prepared, prices, uploaded }, ({ input, prepared, prices, uploaded }) => {
    const [price] = prices
    return {
      customer_id: input.customer_id,
      bakery_id: input.bakery_id ?? null,
      region_id: prepared.region_id,
      sales_channel_id: input.sales_channel_id,
      currency_code: prepared.currency_code,
      locale: input.locale,
      features: prepared.features as unknown as Record<string, unknown>,
      colors: input.colors,
      cake_message: input.cake_message ?? null,
      wanted_at: prepared.wanted_at,
      fulfillment: input.fulfillment,
      delivery_address: input.fulfillment === "DELIVERY" ? (input.delivery_address ?? null) : null,
      servings_wanted: input.servings_wanted ?? null,
      notes: input.notes ?? null,
      predicted_price: price.price,
      predicted_servings_party: price.servings.party,
      predicted_servings_wedding: price.servings.wedding,
      prediction_id: price.prediction_id,
      prediction_source: price.source,
      model_version_id: price.model_version_id,
      payment_provider_ids: [],
      image_ids: [...input.image_ids, ...uploaded.map((image) => image.id)],
    }
  })
  const request = createCustomCakeRequestStep(fields)
  emitEventStep({ eventName: CustomCakeEvents.SUBMITTED, data: transform({ request }, ({ request }) => ({ id: request.id })) })
  return new WorkflowResponse(request)
})
