import { Composer, InlineKeyboard } from "grammy"
import { activeBakeryByHandle, listCategories, listProducts, productCard, type ProductCard } from "../catalog-queries"
import { type BotContext, languageOf } from "../context"
import { CALLBACK, mainMenuKeyboard } from "../keyboards"
import { formatPrice } from "../money"
import { sendPhotoOnce } from "../photos"


/** The bot's Telegram message limit for a caption is 1024 characters; a description is cut to fit. */
const CAPTION_LIMIT = 1024

async function showCategories(ctx: BotContext, edit: boolean) {
  const categories = await listCategories(ctx.container, languageOf(ctx))
  if (!categories.length) return ctx.reply(ctx.t("catalog-empty"), { reply_markup: mainMenuKeyboard(ctx) })
  const keyboard = new InlineKeyboard()
  for (const category of categories) keyboard.text(category.name, CALLBACK.category(category.id)).row()
  return edit ? ctx.editMessageText(ctx.t("catalog-title"), { reply_markup: keyboard }) : ctx.reply(ctx.t("catalog-title"), { reply_markup: keyboard })
}

function pageKeyboard(products: { id: string; title: string }[], page: number, pages: number, pageData: (page: number) => string) {
  const keyboard = new InlineKeyboard()
  for (const product of products) keyboard.text(product.title, CALLBACK.product(product.id)).row()
  if (page > 1) keyboard.text("◀", pageData(page - 1))
  if (page < pages) keyboard.text("▶", pageData(page + 1))
  return keyboard.row()
}

function caption(ctx: BotContext, card: ProductCard): string {
  const language = languageOf(ctx)
  const sizes = card.variants
    .filter((variant) => variant.price !== null)
    .map((variant) => ctx.t("product-size-line", { size: variant.title, price: formatPrice(variant.price!, card.currency_code, language), servings: variant.servings ?? 0 }))
  const tags = card.tags.length ? `\n${card.tags.map((tag) => `#${tag.replace(/-/g, "_")}`).join(" ")}` : ""
  const head = `${card.title}\n\n${ctx.t("product-sizes")}\n${sizes.join("\n")}${tags}`
  const room = CAPTION_LIMIT - head.length - 2
  const description = card.description && room > 20 ? `\n\n${card.description.length > room ? `${card.description.slice(0, room - 1)}…` : card.description}` : ""
  return head + description
}

/** A product card: its photo (uploaded once, then reused by file_id), sizes with prices and servings, diet tags. */
export async function showProduct(ctx: BotContext, filter: { id: string } | { handle: string }) {
  const card = await productCard(ctx.container, languageOf(ctx), filter)
  if (!card) {
    await ctx.reply(ctx.t("product-not-found"))
    return showCategories(ctx, false)
  }
  const keyboard = new InlineKeyboard()
  for (const variant of card.variants.filter((variant) => variant.price !== null)) {
    keyboard.text(ctx.t("product-add-size", { size: variant.title, price: formatPrice(variant.price!, card.currency_code, languageOf(ctx)) }), CALLBACK.chooseQuantity(variant.id)).row()
  }
  keyboard.text(ctx.t("back"), CALLBACK.catalog)
  if (card.photo_url) return sendPhotoOnce(ctx, card.photo_url, { caption: caption(ctx, card), reply_markup: keyboard })
  return ctx.reply(caption(ctx, card), { reply_markup: keyboard })
}

export async function showBakery(ctx: BotContext, handle: string) {
  const bakery = await activeBakeryByHandle(ctx.container, handle)
  if (!bakery) {
    await ctx.reply(ctx.t("bakery-not-found"))
    return showCategories(ctx, false)
  }
  return ctx.reply(ctx.t("bakery-products", { bakery: bakery.name }), { reply_markup: await bakeryPage(ctx, bakery.id, 1) })
}

async function bakeryPage(ctx: BotContext, bakeryId: string, page: number) {
  const list = await listProducts(ctx.container, languageOf(ctx), { bakery_id: bakeryId }, page)
  return pageKeyboard(list.products, list.page, list.pages, (next) => CALLBACK.bakery(bakeryId, next)).text(ctx.t("back"), CALLBACK.catalog)
}

/** Categories → a page of products → a product card. */
export const catalogFeature = new Composer<BotContext>()
catalogFeature.callbackQuery(CALLBACK.catalog, async (ctx) => {
  await ctx.answerCallbackQuery()
  await showCategories(ctx, !ctx.callbackQuery.message?.photo)
})
catalogFeature.callbackQuery(/^cat:([^:]+):(\d+)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  const [, categoryId, page] = ctx.match
  const list = await listProducts(ctx.container, languageOf(ctx), { category_id: categoryId }, Number(page))
  const keyboard = pageKeyboard(list.products, list.page, list.pages, (next) => CALLBACK.category(categoryId, next)).text(ctx.t("back"), CALLBACK.catalog)
  await ctx.editMessageText(ctx.t("category-products", { category: list.title, page: list.page, pages: list.pages }), { reply_markup: keyboard })
})
catalogFeature.callbackQuery(/^bak:([^:]+):(\d+)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  await ctx.editMessageReplyMarkup({ reply_markup: await bakeryPage(ctx, ctx.match[1], Number(ctx.match[2])) })
})
catalogFeature.callbackQuery(/^prod:(.+)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  await showProduct(ctx, { id: ctx.match[1] })
})
