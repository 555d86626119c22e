import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptedImagesOf } from "../../../lib/uploads/accept-images"
import { submitCustomCakeRequestWorkflow } from "../../../workflows/custom-cake/submit-custom-cake-request"
import { customCakeDetail, listCustomCakes } from "../../shared/custom-cake-reads"
import type { StoreListCustomCakesQueryType, StoreSubmitCustomCakeType } from "../../shared/custom-cake-validators"

/** The storefront's sales channel (its publishable key's first), where the approval's cart will be sold. */
function salesChannelOf(req: AuthenticatedMedusaRequest): string {
  const channel = req.publishable_key_context?.sales_channel_ids[0]
  if (!channel) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This publishable key has no sales channel; add one to it in the admin.")
  return channel
}

/** GET /store/custom-cakes: the logged-in customer's requests, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as StoreListCustomCakesQueryType
  const filters = { customer_id: req.auth_context.actor_id, ...(status ? { status } : {}) }
  res.json(await listCustomCakes(req, filters, { limit, offset }, "store"))
}

/** POST /store/custom-cakes: a new request (JSON, or multipart with `data` and `images`), priced and queued for review. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreSubmitCustomCakeType>, res: MedusaResponse) => {
  const { features, ...body } = req.validatedBody
  const { result } = await submitCustomCakeRequestWorkflow(req.scope).run({
    input: {
      ...body,
      cake: features,
      customer_id: req.auth_context.actor_id,
      sales_channel_id: salesChannelOf(req),
      new_images: acceptedImagesOf(req).map(({ filename, mimeType, size, content }) => ({ filename, mimeType, size, content: content.toString("base64") })),
    },
  })
  res.status(201).json({ custom_cake: await customCakeDetail(req, result.id, { customer_id: req.auth_context.actor_id }, "store") })
}
