import { MathBN } from "@medusajs/framework/utils"
import { dayOf } from "./days"

type Amount = number | string | { numeric?: number } | null | undefined

/** The fields of a Medusa order the reports read (ORDER_REPORT_FIELDS). */
export type ReportOrder = {
  id: string
  created_at: Date | string
  status: string
  currency_code: string
  original_total?: Amount
  discount_total?: Amount
  total?: Amount
  credit_line_total?: Amount
  sales_channel?: { name?: string | null } | null
  bakery?: { id: string } | null
  payment_collections?: ({ payments?: ({ provider_id: string; refunds?: ({ amount: Amount } | null)[] | null } | null)[] | null } | null)[] | null
  items?: ({
    product_id?: string | null
    variant_id?: string | null
    product_title?: string | null
    variant_title?: string | null
    product_type?: string | null
    quantity: Amount
    total?: Amount
  } | null)[] | null
}

export const ORDER_REPORT_FIELDS = [
  "id",
  "created_at",
  "status",
  "currency_code",
  "original_total",
  "discount_total",
  "total",
  "credit_line_total",
  "sales_channel.name",
  "bakery.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.refunds.amount",
  "items.product_id",
  "items.variant_id",
  "items.product_title",
  "items.variant_title",
  "items.product_type",
  "items.quantity",
  "items.total",
]

/** What every sales row and sum carries (amounts in one currency). */
export type SalesCounts = { orders: number; canceled_orders: number; gross: number; discounts: number; total: number; refunds: number; net: number }

/** Orders with a bouquet, and how many of them carried an add-on (the add-on attach rate). */
export type BouquetCounts = { bouquet_orders: number; bouquet_orders_with_add_ons: number }

export type SalesRow = SalesCounts & BouquetCounts & { date: string; seller_id: string; currency_code: string; sales_channel: string; payment_provider: string }

export type ProductRow = {
  date: string
  seller_id: string
  currency_code: string
  product_id: string
  variant_id: string
  product_title: string
  variant_title: string
  /** The product type on the order line ("cake", "bouquet", "add-on", …; "" without one). */
  product_type: string
  units: number
  revenue: number
  /** Units, and orders, of this variant in orders that had a bouquet: an add-on's attachment to bouquets. */
  attached_units: number
  attached_orders: number
}

export const STORE_SELLER = "store"
export const NO_PAYMENT = "none"

/** Product types the Products report counts as bouquets, and the type of add-ons (the seeds' product types). */
export const BOUQUET_TYPES = ["bouquet", "composition"]
export const ADD_ON_TYPE = "add-on"

const amount = (value: Amount) => MathBN.convert((value as { numeric?: number } | null)?.numeric ?? (value as number | string | null) ?? 0)
const plus = (a: number, b: Amount) => MathBN.add(a, amount(b)).toNumber()

type OrderItem = NonNullable<NonNullable<ReportOrder["items"]>[number]> & { product_id: string; variant_id: string }

export const emptySalesCounts = (): SalesCounts => ({ orders: 0, canceled_orders: 0, gross: 0, discounts: 0, total: 0, refunds: 0, net: 0 })

const paymentsOf = (order: ReportOrder) => (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).filter((payment) => !!payment)

/**
 * One day's rows from its orders: placed orders count by the day of `created_at` in `timeZone`; canceled ones only in
 * `canceled_orders`. gross = original_total, discounts = discount_total, total = total + credit_line_total (all as Medusa computes them,
 * shipping and taxes included), refunds = the order's payment refunds, net = total − refunds.
 */
export function salesFacts(orders: ReportOrder[], timeZone: string): { sales: SalesRow[]; products: ProductRow[] } {
  const sales = new Map<string, SalesRow>()
  const products = new Map<string, ProductRow>()
  for (const order of orders) {
    if (order.status === "draft") continue
    const date = dayOf(order.created_at, timeZone)
    const seller_id = order.bakery?.id ?? STORE_SELLER
    const currency_code = order.currency_code.toLowerCase()
    const payments = paymentsOf(order)
    const payment_provider = payments[0]?.provider_id ?? NO_PAYMENT
    const sales_channel = order.sales_channel?.name ?? "none"
    const key = [date, seller_id, currency_code, sales_channel, payment_provider].join("|")
    const row = sales.get(key) ?? { date, seller_id, currency_code, sales_channel, payment_provider, ...emptySalesCounts(), bouquet_orders: 0, bouquet_orders_with_add_ons: 0 }
    sales.set(key, row)
    if (order.status === "canceled") {
      row.canceled_orders++
      continue
    }
    const refunds = payments.flatMap((payment) => payment.refunds ?? []).reduce((sum, refund) => plus(sum, refund?.amount), 0)
    row.orders++
    row.gross = plus(row.gross, order.original_total)
    row.discounts = plus(row.discounts, order.discount_total)
    // Medusa's refund workflow also adds a credit line, which lowers `total`: the refund counts once, as a refund
    row.total = plus(row.total, MathBN.add(amount(order.total), amount(order.credit_line_total)).toNumber())
    row.refunds = plus(row.refunds, refunds)
    row.net = MathBN.sub(row.total, row.refunds).toNumber()
    const items = (order.items ?? []).filter((item): item is OrderItem => !!item?.variant_id && !!item.product_id)
    const withBouquet = items.some((item) => BOUQUET_TYPES.includes(item.product_type ?? ""))
    if (withBouquet) {
      row.bouquet_orders++
      if (items.some((item) => item.product_type === ADD_ON_TYPE)) row.bouquet_orders_with_add_ons++
    }
    const variantsOfOrder = new Set<string>()
    for (const item of items) {
      const itemKey = [date, seller_id, currency_code, item.variant_id].join("|")
      const line = products.get(itemKey) ?? {
        date,
        seller_id,
        currency_code,
        product_id: item.product_id,
        variant_id: item.variant_id,
        product_title: item.product_title ?? "",
        variant_title: item.variant_title ?? "",
        product_type: item.product_type ?? "",
        units: 0,
        revenue: 0,
        attached_units: 0,
        attached_orders: 0,
      }
      line.units = plus(line.units, item.quantity)
      line.revenue = plus(line.revenue, item.total)
      if (withBouquet) {
        line.attached_units = plus(line.attached_units, item.quantity)
        // an order with the same variant on two lines is still one order
        if (!variantsOfOrder.has(item.variant_id)) line.attached_orders++
      }
      variantsOfOrder.add(item.variant_id)
      products.set(itemKey, line)
    }
  }
  return { sales: [...sales.values()], products: [...products.values()] }
}
