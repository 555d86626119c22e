import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { variantServings } from "../../cake-pricing/domain"
import { cardImageUrl, CARD_IMAGE_FIELDS } from "../../media/card-image"
import { sellableProductIds } from "../../../workflows/storefront/sellers"
import { CATALOG_LOCALES, type BotLanguage } from "./languages"

/** Products a category page shows at once. */
export const PAGE_SIZE = 5
/** The sales channel the bot sells in (the seed creates it); its products, prices and stock are the bot's. */
export const TELEGRAM_SALES_CHANNEL = "Telegram"

export type CatalogCategory = { id: string; name: string }
export type ProductSummary = { id: string; title: string }
export type ProductCard = {
  id: string
  title: string
  description: string | null
  /** The card-size picture of the product's thumbnail photo (src/modules/media/card-image.ts). */
  photo_url: string | null
  tags: string[]
  currency_code: string
  variants: { id: string; title: string; price: number | null; servings: number | null }[]
}

type Where = { salesChannelId: string; regionId: string; currencyCode: string }

const queryOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY)

/** Where the bot sells: the Telegram sales channel (else the store's default) and the store's default region. */
export async function sellingContext(container: MedusaContainer): Promise<Where> {
  const query = queryOf(container)
  const [{ data: stores }, { data: channels }] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id", "default_region_id", "default_region.currency_code"] }),
    query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: TELEGRAM_SALES_CHANNEL } }),
  ])
  const store = stores[0] as any
  return { salesChannelId: channels[0]?.id ?? store.default_sales_channel_id, regionId: store.default_region_id, currencyCode: store.default_region?.currency_code ?? "uzs" }
}

/** Categories holding something for sale, by name in the user's language. */
export async function listCategories(container: MedusaContainer, language: BotLanguage): Promise<CatalogCategory[]> {
  const where = await sellingContext(container)
  const sellable = new Set(await sellableProductIds(queryOf(container), [where.salesChannelId]))
  const { data } = await queryOf(container).graph(
    { entity: "product_category", fields: ["id", "name", "rank", "products.id"], filters: { is_active: true, is_internal: false } },
    { locale: CATALOG_LOCALES[language] }
  )
  return data
    .filter((category: any) => (category.products ?? []).some((product: { id: string } | null) => product && sellable.has(product.id)))
    .sort((a: any, b: any) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name))
    .map((category: any) => ({ id: category.id, name: category.name }))
}

/** One page of a category's products (or a bakery's), titles in the user's language. */
export async function listProducts(
  container: MedusaContainer,
  language: BotLanguage,
  scope: { category_id: string } | { bakery_id: string },
  page: number
): Promise<{ title: string; products: ProductSummary[]; page: number; pages: number }> {
  const query = queryOf(container)
  const where = await sellingContext(container)
  const owner = "category_id" in scope
    ? await query.graph({ entity: "product_category", fields: ["name", "products.id"], filters: { id: scope.category_id } }, { locale: CATALOG_LOCALES[language] })
    : await query.graph({ entity: "bakery", fields: ["name", "products.id"], filters: { id: scope.bakery_id, status: "active" } })
  const holder = owner.data[0] as { name: string; products?: ({ id: string } | null)[] } | undefined
  const ids = (holder?.products ?? []).flatMap((product) => (product ? [product.id] : []))
  const sellable = await sellableProductIds(query, [where.salesChannelId], ids)
  const pages = Math.max(1, Math.ceil(sellable.length / PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pages)
  const { data } = sellable.length
    ? await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: sellable }, pagination: { order: { title: "ASC" }, skip: (current - 1) * PAGE_SIZE, take: PAGE_SIZE } }, { locale: CATALOG_LOCALES[language] })
    : { data: [] }
  return { title: holder?.name ?? "", products: data.map((product: any) => ({ id: product.id, title: product.title })), page: current, pages }
}

/** A product the bot may sell, with its sizes, prices in the shop's region and servings; null when it may not. */
export async function productCard(container: MedusaContainer, language: BotLanguage, filter: { id: string } | { handle: string }): Promise<ProductCard | null> {
  const query = queryOf(container)
  const where = await sellingContext(container)
  const { data } = await query.graph(
    {
      entity: "product",
      fields: ["id", "title", "description", ...CARD_IMAGE_FIELDS, "tags.value", "variants.id", "variants.title", "variants.metadata", "variants.variant_rank", "variants.calculated_price.calculated_amount"],
      filters: filter,
      context: { variants: { calculated_price: QueryContext({ region_id: where.regionId, currency_code: where.currencyCode }) } },
    },
    { locale: CATALOG_LOCALES[language] }
  )
  const product = data[0] as any
  if (!product || !(await sellableProductIds(query, [where.salesChannelId], [product.id])).length) return null
  return {
    id: product.id,
    title: product.title,
    description: product.description,
    photo_url: cardImageUrl(product),
    tags: (product.tags ?? []).map((tag: { value: string }) => tag.value),
    currency_code: where.currencyCode,
    variants: [...(product.variants ?? [])]
      .sort((a: any, b: any) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || a.title.localeCompare(b.title, undefined, { numeric: true }))
      .map((variant: any) => ({
        id: variant.id,
        title: variant.title,
        price: variant.calculated_price?.calculated_amount ?? null,
        servings: variantServings(variant.metadata).servings,
      })),
  }
}

export async function activeBakeryByHandle(container: MedusaContainer, handle: string): Promise<{ id: string; name: string } | null> {
  const { data } = await queryOf(container).graph({ entity: "bakery", fields: ["id", "name"], filters: { handle, status: "active" } })
  return (data[0] as { id: string; name: string } | undefined) ?? null
}
