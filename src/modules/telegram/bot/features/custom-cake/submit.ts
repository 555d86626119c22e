import type { Api } from "grammy"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../../../../config/env"
import { UploadErrorCodes } from "../../../../../lib/uploads/error-codes"
import { DescribedCakeSchema, type DescribedCake } from "../../../../cake-pricing/domain"
import { CustomCakeErrorCodes } from "../../../../custom-cake/error-codes"
import { submitCustomCakeRequestWorkflow, type DeliveryAddress } from "../../../../../workflows/custom-cake/submit-custom-cake-request"
import { MAX_CUSTOM_CAKE_IMAGES } from "../../../../../workflows/custom-cake/steps/prepare-custom-cake-submission"
import { sellingContext } from "../../catalog-queries"
import { type BotContext, languageOf } from "../../context"
import { downloadTelegramPhoto, PHOTO_LIMITS, type DownloadedPhoto, type PhotoRefusal } from "../../download-photo"

/** What the customer answered; small and plain, as the conversation records it. */
export type CakeRequestAnswers = {
  cake: DescribedCake
  servings_wanted: number | null
  colors: string[]
  cake_message: string | null
  photo_file_ids: string[]
  wanted_at: string
  fulfillment: "PICKUP" | "DELIVERY"
  delivery_address: DeliveryAddress | null
}

/** Which answer the customer should give again after a refusal; null: the same answers may be sent again. */
export type Redo = "photos" | "date" | null
export type Refusal = { key: string; args?: Record<string, string | number>; redo: Redo }
export type SubmitOutcome = { ok: true; number: number } | ({ ok: false } & Refusal)

const photoRefusal = (key: string, index: number): Refusal => ({ key, args: { index, ...PHOTO_LIMITS }, redo: "photos" })

const PHOTO_REFUSAL_KEYS: Record<PhotoRefusal, string> = {
  unavailable: "cake-photo-unavailable",
  too_large: "cake-photo-too-large",
  too_many_pixels: "cake-photo-too-many-pixels",
  not_image: "cake-photo-not-image",
}

/** Downloads and checks each photo (as the Store route checks uploads); the first bad one refuses all. */
async function downloadPhotos(api: Api, fileIds: string[]): Promise<DownloadedPhoto[] | Refusal> {
  const images: DownloadedPhoto[] = []
  for (const [position, fileId] of fileIds.entries()) {
    const index = position + 1
    const download = await downloadTelegramPhoto(api, fileId, `telegram-photo-${index}`)
    if (!download.ok) return photoRefusal(PHOTO_REFUSAL_KEYS[download.refusal], index)
    images.push(download.photo)
  }
  return images
}

/** The workflow's refusals the customer can act on, in their words; anything else is a generic failure. */
function refusalOf(error: unknown): Refusal {
  const code = MedusaError.isMedusaError(error) ? (error as MedusaError).code : undefined
  switch (code) {
    case CustomCakeErrorCodes.WANTED_DATE_TOO_SOON:
      return { key: "cake-error-too-soon", args: { hours: readEnv().CUSTOM_CAKE_MIN_LEAD_HOURS }, redo: "date" }
    case UploadErrorCodes.TOO_MANY_IMAGES:
      return { key: "cake-error-too-many-photos", args: { max: MAX_CUSTOM_CAKE_IMAGES }, redo: "photos" }
    case UploadErrorCodes.UNSUPPORTED_IMAGE_TYPE:
      return photoRefusal("cake-photo-not-image", 1)
    case UploadErrorCodes.IMAGE_TOO_LARGE:
      return photoRefusal("cake-photo-too-large", 1)
    default:
      return { key: "cake-error-failed", redo: null }
  }
}

/**
 * Sends the request through the Store API's workflow (same checks, pricing, photo storage and notifications), as the
 * chat's customer in the bot's sales channel. Runs outside the conversation, once: its outcome is recorded.
 */
export async function submitCakeRequest(outside: BotContext, answers: CakeRequestAnswers): Promise<SubmitOutcome> {
  const images = await downloadPhotos(outside.api, answers.photo_file_ids)
  if (!Array.isArray(images)) return { ok: false, ...images }
  try {
    const where = await sellingContext(outside.container)
    const { photo_file_ids: _downloaded, cake, ...request } = answers
    const { result } = await submitCustomCakeRequestWorkflow(outside.container).run({
      input: {
        ...request,
        cake: DescribedCakeSchema.parse(cake),
        customer_id: outside.shopUser.customer_id!,
        sales_channel_id: where.salesChannelId,
        region_id: where.regionId,
        locale: languageOf(outside),
        image_ids: [],
        new_images: images,
      },
    })
    return { ok: true, number: Number(result.display_id) }
  } catch (error) {
    const refusal = refusalOf(error)
    if (refusal.key === "cake-error-failed") {
      outside.container.resolve(ContainerRegistrationKeys.LOGGER).warn(`telegram bot: custom cake request of user ${outside.shopUser.id} failed: ${(error as Error).message}`)
    }
    return { ok: false, ...refusal }
  }
}
