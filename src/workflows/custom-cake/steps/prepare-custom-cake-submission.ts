import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { CAKE_PRICING_MODULE } from "../../../modules/cake-pricing"
import { completeDescribedCake, type CakeFeatures, type DescribedCake } from "../../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../../modules/cake-pricing/service"
import { CUSTOM_CAKE_MODULE } from "../../../modules/custom-cake"
import { UploadErrorCodes } from "../../../lib/uploads/error-codes"
import { CustomCakeErrorCodes } from "../../../modules/custom-cake/error-codes"
import type CustomCakeModuleService from "../../../modules/custom-cake/service"

const HOUR_MS = 3_600_000
/** Bakers call an order due within 48 hours a rush order (the pricing features' definition). */
const RUSH_WITHIN_MS = 48 * HOUR_MS
const LATEST_WANTED_MS = 180 * 24 * HOUR_MS

export type PrepareCustomCakeSubmissionInput = {
  customer_id: string
  region_id?: string
  bakery_id?: string | null
  cake: DescribedCake
  wanted_at: Date | string
  image_ids: string[]
  new_images?: unknown[]
}

/** A request carries at most this many reference photos, uploaded before or with it. */
export const MAX_CUSTOM_CAKE_IMAGES = 5

export type PreparedCustomCakeSubmission = { region_id: string; currency_code: string; features: CakeFeatures; wanted_at: Date }

async function regionOf(container: { resolve: <T>(key: string) => T }, regionId: string | undefined) {
  const query = container.resolve<any>(ContainerRegistrationKeys.QUERY)
  const id = regionId ?? (await query.graph({ entity: "store", fields: ["default_region_id"] })).data[0]?.default_region_id
  const { data } = id ? await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id } }) : { data: [] }
  if (!data[0]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Region ${regionId ?? "(the store's default)"} was not found; pick one of GET /store/regions.`)
  return data[0] as { id: string; currency_code: string }
}

async function assertBakeryTakesOrders(container: { resolve: <T>(key: string) => T }, bakeryId: string) {
  const [bakery] = await container.resolve<BakeryModuleService>(BAKERY_MODULE).listBakeries({ id: bakeryId })
  if (bakery?.status !== "active") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This bakery does not take orders now; choose another bakery or the store itself.", CustomCakeErrorCodes.BAKERY_NOT_AVAILABLE)
  }
}

function assertWantedDate(wantedAt: Date, now: number, minLeadHours: number) {
  if (wantedAt.getTime() < now + minLeadHours * HOUR_MS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A custom cake needs at least ${minLeadHours} hours; choose a later date.`, CustomCakeErrorCodes.WANTED_DATE_TOO_SOON)
  }
  if (wantedAt.getTime() > now + LATEST_WANTED_MS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Custom cakes are taken at most 180 days ahead; choose an earlier date.")
  }
}

/** The customer's own unused photos only: an id of someone else's photo, or one already sent, is refused. */
async function assertOwnUnusedImages(container: { resolve: <T>(key: string) => T }, customerId: string, imageIds: string[]) {
  if (!imageIds.length) return
  const images = await container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).listCustomCakeImages({ id: imageIds }, { select: ["id", "customer_id", "request_id"] })
  const usable = new Set(images.filter((image) => image.customer_id === customerId && !image.request_id).map((image) => image.id))
  const missing = imageIds.filter((id) => !usable.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Image ${missing.join(", ")} is not one of your uploaded photos (or is used by another request); upload it again.`,
      CustomCakeErrorCodes.IMAGE_NOT_FOUND
    )
  }
}

/** Checks what the customer sent against the shop and completes the cake's features for the price model. */
export const prepareCustomCakeSubmissionStep = createStep(
  "prepare-custom-cake-submission",
  async (input: PrepareCustomCakeSubmissionInput, { container }): Promise<StepResponse<PreparedCustomCakeSubmission>> => {
    const now = Date.now()
    const wantedAt = new Date(input.wanted_at)
    assertWantedDate(wantedAt, now, readEnv().CUSTOM_CAKE_MIN_LEAD_HOURS)
    if (input.bakery_id) await assertBakeryTakesOrders(container, input.bakery_id)
    const imageCount = input.image_ids.length + (input.new_images?.length ?? 0)
    if (imageCount > MAX_CUSTOM_CAKE_IMAGES) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A request takes at most ${MAX_CUSTOM_CAKE_IMAGES} photos; this one has ${imageCount}.`, UploadErrorCodes.TOO_MANY_IMAGES)
    }
    await assertOwnUnusedImages(container, input.customer_id, input.image_ids)
    const region = await regionOf(container, input.region_id)
    const ingredients = await container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listIngredients({}, { select: ["id"], take: null })
    const features = completeDescribedCake(input.cake, {
      knownIngredientIds: new Set(ingredients.map((ingredient) => ingredient.id)),
      rush: wantedAt.getTime() - now < RUSH_WITHIN_MS,
    })
    return new StepResponse({ region_id: region.id, currency_code: region.currency_code, features, wanted_at: wantedAt })
  }
)
