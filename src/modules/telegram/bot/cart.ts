import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CartHoldErrorCodes } from "../../cart-hold/error-codes"
import { BakeryErrorCodes } from "../../bakery/error-codes"
import { soldProducts } from "../../../workflows/storefront/sellers"
import { sellingContext } from "./catalog-queries"
import { type BotContext, languageOf } from "./context"
import { CATALOG_LOCALES } from "./languages"
import { type ShownLine, type ShownTotals, shownLines, shownTotals } from "./lines"

export type BotCartLine = ShownLine & { id: string; unit_price: number }

export type BotCart = ShownTotals & {
  id: string
  currency_code: string
  email: string | null
  items: BotCartLine[]
  metadata: Record<string, unknown>
  shipping_methods: { shipping_option_id: string; amount: number }[]
}

export type CartItemInput = { variant_id: string; quantity: number }

/** Why an addition was refused, as a text in the user's language; other failures are thrown. */
export type AddOutcome = { ok: true; cart: BotCart } | { ok: false; text: string }

const CART_FIELDS = [
  "id", "currency_code", "email", "completed_at", "metadata", "item_total", "shipping_total", "discount_total", "total",
  "items.id", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.unit_price", "items.total",
  "items.variant_id", "items.product_id", "items.product.title", "shipping_methods.shipping_option_id", "shipping_methods.amount",
]

/** A cart as the bot shows it (titles in the user's language), or null when it is gone or already an order. */
export async function readCart(ctx: BotContext, cartId: string): Promise<BotCart | null> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "cart", fields: CART_FIELDS, filters: { id: cartId } },
    { locale: CATALOG_LOCALES[languageOf(ctx)] }
  )
  const cart = data[0] as any
  if (!cart || cart.completed_at) return null
  return {
    id: cart.id,
    currency_code: cart.currency_code,
    email: cart.email ?? null,
    items: shownLines(cart.items, (item) => ({ id: item.id as string, unit_price: Number(item.unit_price) })),
    ...shownTotals(cart),
    metadata: cart.metadata ?? {},
    shipping_methods: (cart.shipping_methods ?? []).map((method: any) => ({ shipping_option_id: method.shipping_option_id, amount: Number(method.amount) })),
  }
}

/** The chat's open cart (the one in the session), or null. */
export async function openCart(ctx: BotContext): Promise<BotCart | null> {
  const cartId = ctx.session.cart_id
  if (!cartId) return null
  const cart = await readCart(ctx, cartId)
  if (!cart) ctx.session.cart_id = undefined
  return cart
}

const STOCK_REFUSALS: Record<string, string> = {
  [MedusaError.Codes.INSUFFICIENT_INVENTORY]: "cart-out-of-stock",
  [CartHoldErrorCodes.STOCK_HELD]: "hold-refused-stock-held",
  [CartHoldErrorCodes.LIMIT_PER_ORDER]: "hold-refused-limit-per-order",
  [CartHoldErrorCodes.HOLD_EXPIRED]: "hold-refused-hold-expired",
}

/** The text key explaining a stock refusal (none left, held in other carts, over the per-order limit, hold lapsed), or null. */
export function stockRefusalKey(error: unknown): string | null {
  return MedusaError.isMedusaError(error) ? STOCK_REFUSALS[(error as MedusaError).code ?? ""] ?? null : null
}

/** The refusal of an addition in the user's words: another seller's cart, a suspended bakery, stock gone or held. */
async function refusal(ctx: BotContext, error: unknown, cart: BotCart | null, items: CartItemInput[]): Promise<string | null> {
  if (!MedusaError.isMedusaError(error)) return null
  const code = (error as MedusaError).code
  const stockKey = stockRefusalKey(error)
  if (stockKey) return ctx.t(stockKey)
  if (code === BakeryErrorCodes.BAKERY_SUSPENDED) return ctx.t("cart-seller-paused")
  if (code !== BakeryErrorCodes.CART_SELLER_MISMATCH) return null
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: items.map((item) => item.variant_id) } })
  const inCart = (cart?.items ?? []).flatMap((item) => (item.product_id ? [item.product_id] : []))
  const products = await soldProducts(query, [...inCart, ...variants.map((variant: any) => variant.product_id as string)])
  const nameOf = (productId: string | null | undefined) => {
    const seller = products.find((product) => product.id === productId)?.seller
    return seller ? seller.name : ctx.t("seller-store")
  }
  return ctx.t("cart-other-seller", { cart_seller: nameOf(inCart[0]), new_seller: nameOf(variants[0]?.product_id) })
}

/**
 * Adds items to the chat's cart through Medusa's workflows (a new cart in the Telegram channel and the store's region
 * when there is none), so the one-seller rule, stock and prices are the Store API's.
 */
export async function addToBotCart(ctx: BotContext, items: CartItemInput[]): Promise<AddOutcome> {
  const current = await openCart(ctx)
  try {
    if (current) {
      await addToCartWorkflow(ctx.container).run({ input: { cart_id: current.id, items } })
      return { ok: true, cart: (await readCart(ctx, current.id))! }
    }
    const where = await sellingContext(ctx.container)
    const { result } = await createCartWorkflow(ctx.container).run({
      input: {
        region_id: where.regionId,
        sales_channel_id: where.salesChannelId,
        customer_id: ctx.shopUser.customer_id ?? undefined,
        items,
        metadata: { channel: "telegram", telegram_user_id: ctx.shopUser.id },
      },
    })
    ctx.session.cart_id = result.id
    return { ok: true, cart: (await readCart(ctx, result.id))! }
  } catch (error) {
    const text = await refusal(ctx, error, current, items)
    if (text === null) throw error
    return { ok: false, text }
  }
}
