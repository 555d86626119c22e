import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOM_CAKE_MODULE } from "../../modules/custom-cake"
import { CustomCakeErrorCodes } from "../../modules/custom-cake/error-codes"
import type CustomCakeModuleService from "../../modules/custom-cake/service"

async function customCakeOfCart(container: MedusaContainer, cartId: string) {
  const [request] = await container
    .resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE)
    .listCustomCakeRequests({ cart_id: cartId }, { select: ["id", "display_id", "status", "payment_expires_at", "payment_provider_ids"] })
  return request
}

/** An approved cake's cart holds exactly what staff approved: nothing may be added, removed or discounted. */
export async function assertNotCustomCakeCart(container: MedusaContainer, cartId: string): Promise<void> {
  const request = await customCakeOfCart(container, cartId)
  if (request) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This cart pays for custom cake #${request.display_id} at the price staff approved and cannot be changed; start a new cart for other items.`,
      CustomCakeErrorCodes.CUSTOM_CAKE_CART_LOCKED
    )
  }
}

/**
 * A custom cake's cart becomes an order only while its approval is open (not cancelled, expired or paid) and only
 * through a provider its links offered: a customer cannot complete it with another provider (e.g. "pay later").
 */
export async function assertCustomCakeCartPayable(container: MedusaContainer, cartId: string, providerIds: string[], now = new Date()): Promise<void> {
  const request = await customCakeOfCart(container, cartId)
  if (!request) return
  const lapsed = request.payment_expires_at && new Date(request.payment_expires_at) <= now
  if (request.status !== "APPROVED_AWAITING_PAYMENT" || lapsed) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Custom cake #${request.display_id} can no longer be paid (${lapsed ? "its payment link lapsed" : request.status}); ask the shop for a new approval.`,
      CustomCakeErrorCodes.CUSTOM_CAKE_NOT_PAYABLE
    )
  }
  const offered = request.payment_provider_ids as string[]
  const other = providerIds.find((id) => !offered.includes(id))
  if (other) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Custom cake #${request.display_id} is paid through its payment links (${offered.join(", ")}), not ${other}.`,
      CustomCakeErrorCodes.CUSTOM_CAKE_NOT_PAYABLE
    )
  }
}
