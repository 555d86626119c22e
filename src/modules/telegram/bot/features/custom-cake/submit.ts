import type { Api } from "grammy"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../../../../config/env"
import { MAX_IMAGE_MEGABYTES } from "../../../../../lib/uploads/accept-images"
import { safeFilename } from "../../../../../lib/uploads/accept-images"
import { UploadErrorCodes } from "../../../../../lib/uploads/error-codes"
import { sniffImageType } from "../../../../../lib/uploads/image-type"
import { DescribedCakeSchema, type DescribedCake } from "../../../../cake-pricing/domain"
import { CustomCakeErrorCodes } from "../../../../custom-cake/error-codes"
import { submitCustomCakeRequestWorkflow, type DeliveryAddress } from "../../../../../workflows/custom-cake/submit-custom-cake-request"
import { MAX_CUSTOM_CAKE_IMAGES } from "../../../../../workflows/custom-cake/steps/prepare-custom-cake-submission"
import { sellingContext } from "../../catalog-queries"
import { type BotContext, languageOf } from "../../context"

/** The Store route's limit for one photo. */
const MAX_PHOTO_BYTES = MAX_IMAGE_MEGABYTES * 1024 * 1024

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

type NewImage = { filename: string; mimeType: string; size: number; content: string }

const photoRefusal = (key: string, index: number): Refusal => ({ key, args: { index, megabytes: MAX_IMAGE_MEGABYTES }, redo: "photos" })

/** Downloads each photo from Telegram and checks it as the Store route checks uploads; the first bad one refuses all. */
async function downloadPhotos(api: Api, fileIds: string[]): Promise<NewImage[] | Refusal> {
  const { TELEGRAM_API_ROOT, TELEGRAM_BOT_TOKEN } = readEnv()
  const images: NewImage[] = []
  for (const [position, fileId] of fileIds.entries()) {
    const index = position + 1
    const file = await api.getFile(fileId).catch(() => null)
    if (!file?.file_path) return photoRefusal("cake-photo-unavailable", index)
    if ((file.file_size ?? 0) > MAX_PHOTO_BYTES) return photoRefusal("cake-photo-too-large", index)
    // the URL holds the bot token: it is never logged, and a failure is reported without it
    const response = await fetch(`${TELEGRAM_API_ROOT}/file/bot${TELEGRAM_BOT_TOKEN}/${file.file_path}`).catch(() => null)
    if (!response?.ok) return photoRefusal("cake-photo-unavailable", index)
    const bytes = Buffer.from(await response.arrayBuffer())
    if (bytes.length > MAX_PHOTO_BYTES) return photoRefusal("cake-photo-too-large", index)
    const mimeType = sniffImageType(bytes)
    if (!mimeType) return photoRefusal("cake-photo-not-image", index)
    images.push({ filename: safeFilename(`telegram-photo-${index}`, mimeType), mimeType, size: bytes.length, content: bytes.toString("base64") })
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
