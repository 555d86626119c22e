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
  sales_channel?: { name?: string | null } | null
  bakery?: { id: string } | null
  payment_collections?: ({ payments?: ({ provider_id: string; refunds?: ({ amount: Amount } | null)[] | null } | null)[] | null } | null)[] | null
  items?: ({ product_id?: string | null; variant_id?: string | null; product_title?: string | null; variant_title?: string | null; quantity: Amount; total?: Amount } | null)[] | null
}

export const ORDER_REPORT_FIELDS = [
  "id",
  "created_at",
  "status",
  "currency_code",
  "original_total",
  "discount_total",
  "total",
  "sales_channel.name",
  "bakery.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.refunds.amount",
  "items.product_id",
  "items.variant_id",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.total",
]

/** What every sales row and sum carries (amounts in one currency). */
export type SalesCounts = { orders: number; canceled_orders: number; gross: number; discounts: number; total: number; refunds: number; net: number }

export type SalesRow = SalesCounts & { date: string; seller_id: string; currency_code: string; sales_channel: string; payment_provider: string }

export type ProductRow = {
  date: string
  seller_id: string
  currency_code: string
  product_id: string
  variant_id: string
  product_title: string
  variant_title: string
  units: number
  revenue: number
}

export const STORE_SELLER = "store"
export const NO_PAYMENT = "none"

const amount = (value: Amount) => MathBN.convert((value as { numeric?: number } | null)?.numeric ?? (value as number | string | null) ?? 0)
const plus = (a: number, b: Amount) => MathBN.add(a, amount(b)).toNumber()

const paymentsOf = (order: ReportOrder) => (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).filter((payment) => !!payment)

/**
 * One day's rows from its orders: placed orders count by the day of `created_at` in `timeZone`; canceled ones only in
 * `canceled_orders`. gross = original_total, discounts = discount_total, total = total (all as Medusa computes them,
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
    const row = sales.get(key) ?? { date, seller_id, currency_code, sales_channel, payment_provider, orders: 0, canceled_orders: 0, gross: 0, discounts: 0, total: 0, refunds: 0, net: 0 }
    sales.set(key, row)
    if (order.status === "canceled") {
      row.canceled_orders++
      continue
    }
    const refunds = payments.flatMap((payment) => payment.refunds ?? []).reduce((sum, refund) => plus(sum, refund?.amount), 0)
    row.orders++
    row.gross = plus(row.gross, order.original_total)
    row.discounts = plus(row.discounts, order.discount_total)
    row.total = plus(row.total, order.total)
    row.refunds = plus(row.refunds, refunds)
    row.net = MathBN.sub(row.total, row.refunds).toNumber()
    for (const item of order.items ?? []) {
      if (!item?.variant_id || !item.product_id) continue
      const itemKey = [date, seller_id, currency_code, item.variant_id].join("|")
      const line = products.get(itemKey) ?? {
        date,
        seller_id,
        currency_code,
        product_id: item.product_id,
        variant_id: item.variant_id,
        product_title: item.product_title ?? "",
        variant_title: item.variant_title ?? "",
        units: 0,
        revenue: 0,
      }
      line.units = plus(line.units, item.quantity)
      line.revenue = plus(line.revenue, item.total)
      products.set(itemKey, line)
    }
  }
  return { sales: [...sales.values()], products: [...products.values()] }
}
