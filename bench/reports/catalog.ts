import type { Sql } from "./bulk"

export type BenchVariant = {
  id: string
  title: string
  product_id: string
  product_title: string
  /** The product type's value (cake, bouquet, add-on, …), copied onto order lines as Medusa does. */
  product_type: string | null
  /** The seller of its product: a bakery id or "store". */
  seller_id: string
  /** In hundredths of the currency (UZS has none, but one unit for both keeps the sums exact). */
  price_cents: { uzs: number; usd: number }
  inventory_item_id: string | null
}

export type BenchCatalog = {
  variants: BenchVariant[]
  sellers: string[]
  regions: { uzs: string; usd: string }
  channels: { telegram: string; web: string }
  locationId: string
}

/** What the seeded demo store sells, read straight from its tables (the bench writes rows, not through workflows). */
export async function readCatalog(sql: Sql): Promise<BenchCatalog> {
  const { rows } = await sql.raw(`
    SELECT pv.id, pv.title, p.id AS product_id, p.title AS product_title, pt.value AS product_type, COALESCE(bp.bakery_id, 'store') AS seller_id,
           MAX(pr.amount) FILTER (WHERE pr.currency_code = 'uzs') AS uzs, MAX(pr.amount) FILTER (WHERE pr.currency_code = 'usd') AS usd,
           MIN(pvii.inventory_item_id) AS inventory_item_id
    FROM product_variant pv
    JOIN product p ON p.id = pv.product_id AND p.deleted_at IS NULL AND p.status = 'published'
    LEFT JOIN product_type pt ON pt.id = p.type_id
    LEFT JOIN bakery_bakery_product_product bp ON bp.product_id = p.id AND bp.deleted_at IS NULL
    JOIN product_variant_price_set vps ON vps.variant_id = pv.id AND vps.deleted_at IS NULL
    JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL AND pr.price_list_id IS NULL
    LEFT JOIN product_variant_inventory_item pvii ON pvii.variant_id = pv.id AND pvii.deleted_at IS NULL
    WHERE pv.deleted_at IS NULL
    GROUP BY pv.id, p.id, pt.value, bp.bakery_id ORDER BY pv.id`)
  const variants: BenchVariant[] = rows
    .filter((row) => row.uzs !== null && row.usd !== null)
    .map((row) => ({
      id: row.id,
      title: row.title,
      product_id: row.product_id,
      product_title: row.product_title,
      product_type: row.product_type,
      seller_id: row.seller_id,
      price_cents: { uzs: Math.round(Number(row.uzs) * 100), usd: Math.round(Number(row.usd) * 100) },
      inventory_item_id: row.inventory_item_id,
    }))
  if (!variants.length) throw new Error("no priced variant in this database: seed it first (see bench/reports.ts)")
  const regions = (await sql.raw(`SELECT id, currency_code FROM region WHERE deleted_at IS NULL`)).rows
  const channels = (await sql.raw(`SELECT id, name FROM sales_channel WHERE deleted_at IS NULL`)).rows
  const [location] = (await sql.raw(`SELECT id FROM stock_location WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1`)).rows
  const regionOf = (currency: string) => regions.find((row) => row.currency_code === currency)?.id
  const channelOf = (name: string) => channels.find((row) => row.name === name)?.id
  if (!regionOf("uzs") || !regionOf("usd") || !channelOf("Telegram") || !channelOf("Web") || !location) {
    throw new Error("the seeded regions (UZS, USD), sales channels (Telegram, Web) or stock location are missing: seed first")
  }
  return {
    variants,
    sellers: [...new Set(variants.map((variant) => variant.seller_id))].sort(),
    regions: { uzs: regionOf("uzs"), usd: regionOf("usd") },
    channels: { telegram: channelOf("Telegram"), web: channelOf("Web") },
    locationId: location.id,
  }
}
