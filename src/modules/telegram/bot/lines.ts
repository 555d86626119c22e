/** A line of a cart or an order as the bot shows it. */
export type ShownLine = { title: string; variant_title: string | null; quantity: number; total: number; variant_id: string | null; product_id: string | null }

/** What a cart and an order both sum up. */
export type ShownTotals = { item_total: number; shipping_total: number; discount_total: number; total: number }

/** Lines in the order they were added (Medusa's ids are time-ordered), each read by `extra` too. */
export function shownLines<T>(items: any[] | null | undefined, extra: (item: any) => T): (ShownLine & T)[] {
  return [...(items ?? [])]
    .sort((a: any, b: any) => String(a.id).localeCompare(String(b.id)))
    .map((item: any) => ({
      // the line keeps the title it was added under; the product gives it in the reader's language now
      title: item.product?.title ?? item.product_title ?? item.title,
      variant_title: item.variant_title ?? null,
      quantity: Number(item.quantity),
      total: Number(item.total),
      variant_id: item.variant_id ?? null,
      product_id: item.product_id ?? null,
      ...extra(item),
    }))
}

export function shownTotals(record: any): ShownTotals {
  return {
    item_total: Number(record.item_total ?? 0),
    shipping_total: Number(record.shipping_total ?? 0),
    discount_total: Number(record.discount_total ?? 0),
    total: Number(record.total ?? 0),
  }
}
