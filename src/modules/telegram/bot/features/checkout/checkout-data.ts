import { addShippingMethodToCartWorkflow, listShippingOptionsForCartWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { variantDimensions } from "../../../../cake-pricing/domain"
import { updateTelegramUserWorkflow } from "../../../../../workflows/telegram/update-telegram-user"
import { openCart } from "../../cart"
import type { BotContext } from "../../context"

export type Fulfillment = "pickup" | "delivery"

/** The seed's shipping option types: pickup at the kitchen, or the courier. */
const OPTION_TYPE: Record<string, Fulfillment> = { pickup: "pickup", courier: "delivery" }

export type CheckoutStart = {
  cart_id: string
  country_code: string
  has_cake: boolean
  /** Whether the cart still needs a country to list its shipping options by (Medusa sets one for single-country regions). */
  needs_country: boolean
  options: Partial<Record<Fulfillment, { id: string; amount: number }>>
}

export type CheckoutAnswers = {
  phone: string
  fulfillment: Fulfillment
  address: string | null
  location: { latitude: number; longitude: number } | null
  /** The held slot's day and window; null when the seller does not schedule orders. */
  wanted_date: string | null
  wanted_time: string | null
  cake_message: string | null
  card_text: string | null
}

/** The open cart, where it can go (its region's first country) and whether it holds a cake; null when empty. */
export async function checkoutStart(ctx: BotContext): Promise<Omit<CheckoutStart, "options"> | null> {
  const cart = await openCart(ctx)
  if (!cart?.items.length) return null
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["region.countries.iso_2", "shipping_address.country_code", "items.variant.metadata"], filters: { id: cart.id } })
  const row = data[0] as any
  const hasCake = (row?.items ?? []).some((item: any) => variantDimensions(item?.variant?.metadata) !== null)
  return { cart_id: cart.id, country_code: row?.region?.countries?.[0]?.iso_2 ?? "uz", has_cake: hasCake, needs_country: !row?.shipping_address?.country_code }
}

/**
 * The customer's phone on their Telegram user and customer; the region's country on a cart without one (Medusa lists a
 * cart's shipping options by its address); then the pickup and delivery options the cart can use. The phone reaches
 * the cart's address with the other answers, in one update at the end.
 */
export async function savePhone(ctx: BotContext, start: Omit<CheckoutStart, "options">, phone: string): Promise<CheckoutStart["options"]> {
  await updateTelegramUserWorkflow(ctx.container).run({ input: { telegram_id: String(ctx.from!.id), phone } })
  if (start.needs_country) {
    await updateCartWorkflow(ctx.container).run({ input: { id: start.cart_id, shipping_address: { country_code: start.country_code } } })
  }
  const { result } = await listShippingOptionsForCartWorkflow(ctx.container).run({ input: { cart_id: start.cart_id, is_return: false } })
  const options: CheckoutStart["options"] = {}
  for (const option of result as { id: string; amount?: number; type?: { code?: string } }[]) {
    const kind = OPTION_TYPE[option.type?.code ?? ""]
    if (kind && !options[kind]) options[kind] = { id: option.id, amount: Number(option.amount ?? 0) }
  }
  return options
}

/** Writes the answers on the cart (address, metadata the kitchen reads) and its shipping method. */
export async function applyCheckout(ctx: BotContext, start: CheckoutStart, answers: CheckoutAnswers): Promise<void> {
  const cart = await openCart(ctx)
  const location = answers.location ? `📍 ${answers.location.latitude.toFixed(6)}, ${answers.location.longitude.toFixed(6)}` : null
  await updateCartWorkflow(ctx.container).run({
    input: {
      id: start.cart_id,
      shipping_address: {
        first_name: ctx.from!.first_name,
        last_name: ctx.from!.last_name ?? "",
        phone: answers.phone,
        country_code: start.country_code,
        address_1: answers.fulfillment === "delivery" ? (answers.address ?? location ?? undefined) : undefined,
      },
      metadata: {
        ...(cart?.metadata ?? {}),
        fulfillment: answers.fulfillment,
        wanted_date: answers.wanted_date,
        wanted_time: answers.wanted_time,
        cake_message: answers.cake_message,
        card_text: answers.card_text,
        delivery_location: answers.fulfillment === "delivery" ? answers.location : null,
      },
    },
  })
  await addShippingMethodToCartWorkflow(ctx.container).run({ input: { cart_id: start.cart_id, options: [{ id: start.options[answers.fulfillment]!.id }] } })
}
