import { MathBN } from "@medusajs/framework/utils"
import { ratio } from "../../workflows/reports/kpis/ratio"
import { ADD_ON_TYPE, type ProductRow, type SalesRow } from "./facts"

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
  /** Per currency: orders with a bouquet and the share of them that carried at least one add-on. */
  bouquet_orders: BouquetOrders[]
  /** Add-ons: all units sold, and the units and bouquet orders they were attached to, most attached first. */
  add_ons: AddOnSales[]
}

export type BouquetOrders = { currency_code: string; bouquet_orders: number; with_add_ons: number; attach_rate: number | null }
export type AddOnSales = ProductSales & { attached_units: number; attached_orders: number; share_of_bouquet_orders: number | null }

export const PRODUCT_CSV_COLUMNS = {
  best_sellers: ["product_id", "product_title", "currency_code", "units", "revenue"],
  low_sellers: ["product_id", "product_title", "currency_code", "units", "revenue"],
  variants: ["product_id", "product_title", "variant_id", "variant_title", "currency_code", "units", "revenue"],
  never_sold: ["id", "title"],
  bouquet_orders: ["currency_code", "bouquet_orders", "with_add_ons", "attach_rate"],
  add_ons: ["product_id", "product_title", "currency_code", "units", "revenue", "attached_units", "attached_orders", "share_of_bouquet_orders"],
} as const

function sumBy<Row extends ProductSales>(rows: ProductRow[], keyOf: (row: ProductRow) => string, start: (row: ProductRow) => Row, add?: (sum: Row, row: ProductRow) => void): Row[] {
  const groups = new Map<string, Row>()
  for (const row of rows) {
    const key = `${keyOf(row)}|${row.currency_code}`
    const sum = groups.get(key) ?? start(row)
    sum.units += row.units
    sum.revenue = MathBN.add(sum.revenue, row.revenue).toNumber()
    add?.(sum, row)
    groups.set(key, sum)
  }
  return [...groups.values()]
}

function bouquetOrders(sales: SalesRow[]): BouquetOrders[] {
  const perCurrency = new Map<string, BouquetOrders>()
  for (const row of sales) {
    const sum = perCurrency.get(row.currency_code) ?? { currency_code: row.currency_code, bouquet_orders: 0, with_add_ons: 0, attach_rate: null }
    sum.bouquet_orders += row.bouquet_orders
    sum.with_add_ons += row.bouquet_orders_with_add_ons
    perCurrency.set(row.currency_code, sum)
  }
  return [...perCurrency.values()]
    .filter((sum) => sum.bouquet_orders > 0)
    .map((sum) => ({ ...sum, attach_rate: ratio(sum.with_add_ons, sum.bouquet_orders) }))
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
}

function addOnSales(rows: ProductRow[], bouquets: BouquetOrders[]): AddOnSales[] {
  const bouquetOrdersIn = new Map(bouquets.map((sum) => [sum.currency_code, sum.bouquet_orders]))
  return sumBy(
    rows.filter((row) => row.product_type === ADD_ON_TYPE),
    (row) => row.product_id,
    (row): AddOnSales => ({ ...productStart(row), attached_units: 0, attached_orders: 0, share_of_bouquet_orders: null }),
    (sum, row) => {
      sum.attached_units += row.attached_units
      sum.attached_orders += row.attached_orders
    }
  )
    .map((sum) => ({ ...sum, share_of_bouquet_orders: ratio(sum.attached_orders, bouquetOrdersIn.get(sum.currency_code) ?? 0) }))
    .sort((a, b) => b.attached_orders - a.attached_orders || byUnits(a, b))
}

const productStart = (row: ProductRow): ProductSales => ({ product_id: row.product_id, product_title: row.product_title, currency_code: row.currency_code, units: 0, revenue: 0 })

// most units first; ties by revenue, then title, so the order is stable
const byUnits = (a: ProductSales, b: ProductSales) => b.units - a.units || b.revenue - a.revenue || a.product_title.localeCompare(b.product_title)

/**
 * The Products report of daily rows (already limited to range and seller) and the seller's published products:
 * `limit` best and low sellers (per currency, by units), every variant sold, products never sold, and add-ons
 * attached to bouquets.
 */
export function productsReport({ products: rows, sales }: { products: ProductRow[]; sales: SalesRow[] }, catalog: CatalogProduct[], limit: number): ProductsReport {
  const products = sumBy(rows, (row) => row.product_id, productStart).sort(byUnits)
  const variants = sumBy(rows, (row) => row.variant_id, (row) => ({ ...productStart(row), variant_id: row.variant_id, variant_title: row.variant_title })).sort(byUnits)
  const bouquets = bouquetOrders(sales)
  const sold = new Set(rows.filter((row) => row.units > 0).map((row) => row.product_id))
  return {
    best_sellers: products.slice(0, limit),
    low_sellers: [...products].reverse().slice(0, limit),
    variants,
    never_sold: catalog.filter((product) => !sold.has(product.id)).sort((a, b) => a.title.localeCompare(b.title)),
    bouquet_orders: bouquets,
    add_ons: addOnSales(rows, bouquets),
  }
}
