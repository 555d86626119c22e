import { deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Composer, InlineKeyboard } from "grammy"
import { addToBotCart, openCart, readCart, stockRefusalKey, type BotCart } from "../cart"
import { type BotContext, languageOf } from "../context"
import { CALLBACK, mainMenuKeyboard } from "../keyboards"
import { CATALOG_LOCALES } from "../languages"
import { formatPrice } from "../money"

/** The quantities offered when adding; more are added with ➕ in the cart. */
const QUANTITIES = [1, 2, 3, 4, 5]

const price = (ctx: BotContext, amount: number, cart: BotCart) => formatPrice(amount, cart.currency_code, languageOf(ctx))

export const lineLabel = (line: { title: string; variant_title: string | null }) => (line.variant_title ? `${line.title}, ${line.variant_title}` : line.title)

/** The cart's lines and totals as one text (also the checkout's summary). */
export function cartText(ctx: BotContext, cart: BotCart): string {
  const lines = cart.items.map((line, index) =>
    ctx.t("cart-line", { number: index + 1, item: lineLabel(line), quantity: line.quantity, total: price(ctx, line.total, cart) })
  )
  const totals = [ctx.t("cart-items-total", { amount: price(ctx, cart.item_total, cart) })]
  if (cart.shipping_methods.length) totals.push(ctx.t("cart-delivery-total", { amount: price(ctx, cart.shipping_total, cart) }))
  if (cart.discount_total > 0) totals.push(ctx.t("cart-discount-total", { amount: price(ctx, cart.discount_total, cart) }))
  totals.push(ctx.t("cart-total", { amount: price(ctx, cart.total, cart) }))
  return `${ctx.t("cart-title")}\n\n${lines.join("\n")}\n\n${totals.join("\n")}`
}

function cartKeyboard(ctx: BotContext, cart: BotCart): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  cart.items.forEach((line, index) => {
    const number = index + 1
    keyboard
      .text(`➖ ${number}`, CALLBACK.changeLine(line.id, "dec"))
      .text(`➕ ${number}`, CALLBACK.changeLine(line.id, "inc"))
      .text(`✖ ${number}`, CALLBACK.changeLine(line.id, "del"))
      .row()
  })
  return keyboard.text(ctx.t("cart-checkout"), CALLBACK.checkout).row().text(ctx.t("cart-clear"), CALLBACK.clearCart).text(ctx.t("menu-catalog"), CALLBACK.catalog)
}

/** Shows the cart, editing the message the button was on when there is one. */
export async function showCart(ctx: BotContext, cart: BotCart | null, edit = false) {
  if (!cart?.items.length) {
    const empty = { reply_markup: mainMenuKeyboard(ctx) }
    return edit ? ctx.editMessageText(ctx.t("cart-empty"), empty) : ctx.reply(ctx.t("cart-empty"), empty)
  }
  const view = { reply_markup: cartKeyboard(ctx, cart) }
  return edit ? ctx.editMessageText(cartText(ctx, cart), view) : ctx.reply(cartText(ctx, cart), view)
}

async function variantLabel(ctx: BotContext, variantId: string): Promise<string | null> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "product_variant", fields: ["title", "product.title"], filters: { id: variantId } },
    { locale: CATALOG_LOCALES[languageOf(ctx)] }
  )
  const variant = data[0] as { title: string; product?: { title: string } | null } | undefined
  return variant ? lineLabel({ title: variant.product?.title ?? variant.title, variant_title: variant.product ? variant.title : null }) : null
}

/** Add (size → quantity), view, change and clear the cart; every change goes through Medusa's cart workflows. */
export const cartFeature = new Composer<BotContext>()

cartFeature.command("cart", async (ctx) => showCart(ctx, await openCart(ctx)))
cartFeature.callbackQuery(CALLBACK.cart, async (ctx) => {
  await ctx.answerCallbackQuery()
  await showCart(ctx, await openCart(ctx))
})

cartFeature.callbackQuery(/^add:(.+)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  const label = await variantLabel(ctx, ctx.match[1])
  if (!label) return ctx.reply(ctx.t("product-not-found"), { reply_markup: mainMenuKeyboard(ctx) })
  const keyboard = new InlineKeyboard()
  for (const quantity of QUANTITIES) keyboard.text(String(quantity), CALLBACK.addToCart(ctx.match[1], quantity))
  await ctx.reply(ctx.t("cart-how-many", { item: label }), { reply_markup: keyboard })
})

cartFeature.callbackQuery(/^addq:([^:]+):(\d+)$/, async (ctx) => {
  const quantity = Number(ctx.match[2])
  if (!QUANTITIES.includes(quantity)) return ctx.answerCallbackQuery()
  const outcome = await addToBotCart(ctx, [{ variant_id: ctx.match[1], quantity }])
  if (!outcome.ok) {
    await ctx.answerCallbackQuery()
    return ctx.editMessageText(outcome.text, { reply_markup: new InlineKeyboard().text(ctx.t("menu-cart"), CALLBACK.cart).text(ctx.t("menu-catalog"), CALLBACK.catalog) })
  }
  await ctx.answerCallbackQuery({ text: ctx.t("cart-added-short") })
  const label = (await variantLabel(ctx, ctx.match[1])) ?? ""
  const keyboard = new InlineKeyboard().text(ctx.t("menu-cart"), CALLBACK.cart).text(ctx.t("cart-checkout"), CALLBACK.checkout).row().text(ctx.t("cart-continue"), CALLBACK.catalog)
  await ctx.editMessageText(ctx.t("cart-added", { item: label, quantity, total: price(ctx, outcome.cart.total, outcome.cart) }), { reply_markup: keyboard })
})

cartFeature.callbackQuery(/^line:([^:]+):(inc|dec|del)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  const [, itemId, change] = ctx.match
  const cart = await openCart(ctx)
  const line = cart?.items.find((item) => item.id === itemId)
  if (!cart || !line) return showCart(ctx, cart, true)
  const quantity = line.quantity + (change === "inc" ? 1 : change === "dec" ? -1 : -line.quantity)
  if (quantity > 0) {
    try {
      await updateLineItemInCartWorkflow(ctx.container).run({ input: { cart_id: cart.id, item_id: itemId, update: { quantity } } })
    } catch (error) {
      const key = stockRefusalKey(error)
      if (!key) throw error
      return ctx.reply(ctx.t(key))
    }
  } else {
    await deleteLineItemsWorkflow(ctx.container).run({ input: { cart_id: cart.id, ids: [itemId] } })
  }
  await showCart(ctx, await readCart(ctx, cart.id), true)
})

cartFeature.callbackQuery(CALLBACK.clearCart, async (ctx) => {
  await ctx.answerCallbackQuery()
  const cart = await openCart(ctx)
  if (cart?.items.length) await deleteLineItemsWorkflow(ctx.container).run({ input: { cart_id: cart.id, ids: cart.items.map((item) => item.id) } })
  await showCart(ctx, null, true)
})
