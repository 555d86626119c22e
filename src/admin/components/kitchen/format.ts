import type { KitchenTicket } from "./api"

/** 45 s, 4 min 30 s, 1 h 5 min; "-" when there is nothing to show. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "-"
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole} s`
  if (whole < 3600) return whole % 60 ? `${Math.floor(whole / 60)} min ${whole % 60} s` : `${whole / 60} min`
  const minutes = Math.round((whole % 3600) / 60)
  return minutes ? `${Math.floor(whole / 3600)} h ${minutes} min` : `${Math.floor(whole / 3600)} h`
}

export const formatShare = (share: number | null) => (share === null ? "-" : `${Math.round(share * 100)}%`)

/** "2 × Napoleon (16 cm)" */
export const itemLine = ({ title, variant_title, quantity }: KitchenTicket["items"][number]) =>
  `${quantity} × ${title}${variant_title ? ` (${variant_title})` : ""}`

export const slotText = (slot: KitchenTicket["slot"]) => (slot ? [slot.date, slot.time].filter(Boolean).join(", ") : null)
