/** What the checkout wrote on an order about when and how it is handed over, read from its metadata. */
export type OrderSlotView = {
  fulfillment: "Pickup" | "Courier delivery" | null
  /** "2026-12-24" */
  date: string | null
  /** "10:00–12:00" */
  time: string | null
  cake_message: string | null
  card_text: string | null
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)
const FULFILLMENT_LABELS: Record<string, OrderSlotView["fulfillment"]> = { pickup: "Pickup", delivery: "Courier delivery" }

export function orderSlotView(metadata: Record<string, unknown> | null | undefined): OrderSlotView {
  const data = metadata ?? {}
  const fulfillment = text(data.fulfillment)?.toLowerCase()
  return {
    fulfillment: fulfillment ? FULFILLMENT_LABELS[fulfillment] ?? null : null,
    date: text(data.wanted_date),
    time: text(data.wanted_time),
    cake_message: text(data.cake_message),
    card_text: text(data.card_text),
  }
}

/** True when the checkout recorded none of it (an order made before slots, or by staff). */
export const isEmptyOrderSlot = (view: OrderSlotView) => Object.values(view).every((value) => value === null)
