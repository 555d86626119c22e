import { MathBN } from "@medusajs/framework/utils"
import type { ProductRow } from "./facts"

export type ProductSales = { product_id: string; product_title: string; currency_code: string; units: number; revenue: number }
export type VariantSales = ProductSales & { variant_id: string; variant_title: string }
export type CatalogProduct = { id: string; title: string }

export type ProductsReport = {
  best_sellers: ProductSales[]
  low_sellers: ProductSales[]
  /** Sizes: units and revenue per variant, most units first. */
  variants: VariantSales[]
  /** Published products of the seller with no unit sold in the range. */
  never_sold: CatalogProduct[]
}

export const PRODUCT_CSV_COLUMNS = {
  best_sellers: ["product_id", "product_title", "currency_code", "units", "revenue"],
  low_sellers: ["product_id", "product_title", "currency_code", "units", "revenue"],
  variants: ["product_id", "product_title", "variant_id", "variant_title", "currency_code", "units", "revenue"],
  never_sold: ["id", "title"],
} as const

function sumBy<Row extends ProductSales>(rows: ProductRow[], keyOf: (row: ProductRow) => string, start: (row: ProductRow) => Row): Row[] {
  const groups = new Map<string, Row>()
  for (const row of rows) {
    const key = `${keyOf(row)}|${row.currency_code}`
    const sum = groups.get(key) ?? start(row)
    sum.units += row.units
    sum.revenue = MathBN.add(sum.revenue, row.revenue).toNumber()
    groups.set(key, sum)
  }
  return [...groups.values()]
}

// most units first; ties by revenue, then title, so the order is stable
const byUnits = (a: ProductSales, b: ProductSales) => b.units - a.units || b.revenue - a.revenue || a.product_title.localeCompare(b.product_title)

/**
 * The Products report of daily product rows (already limited to range and seller) and the seller's published
 * products: `limit` best and low sellers (per currency, by units), every variant sold, and products never sold.
 */
export function productsReport(rows: ProductRow[], catalog: CatalogProduct[], limit: number): ProductsReport {
  const products = sumBy(rows, (row) => row.product_id, (row) => ({ product_id: row.product_id, product_title: row.product_title, currency_code: row.currency_code, units: 0, revenue: 0 })).sort(byUnits)
  const variants = sumBy(rows, (row) => row.variant_id, (row) => ({
    product_id: row.product_id,
    product_title: row.product_title,
    variant_id: row.variant_id,
    variant_title: row.variant_title,
    currency_code: row.currency_code,
    units: 0,
    revenue: 0,
  })).sort(byUnits)
  const sold = new Set(rows.filter((row) => row.units > 0).map((row) => row.product_id))
  return {
    best_sellers: products.slice(0, limit),
    low_sellers: [...products].reverse().slice(0, limit),
    variants,
    never_sold: catalog.filter((product) => !sold.has(product.id)).sort((a, b) => a.title.localeCompare(b.title)),
  }
}
