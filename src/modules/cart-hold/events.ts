/** Events of the cart-hold module; payloads in README.md. */
export const CartHoldEvents = {
  /** A cart's holds ran out: `{ cart_id, variant_ids }`, once per cart per expiry run. */
  EXPIRED: "cart_hold.expired",
} as const
