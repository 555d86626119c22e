import type { GatewayAttempts } from "../../../modules/gateway/service"

/**
 * One seller's gateway attempts: those recorded with it, and of those recorded without a seller (written before
 * attempts carried it) the ones `sellers` (payment collection → seller) attributes to it. `unattributed`: attempts
 * without a seller that `sellers` cannot place either, which belong to no seller.
 */
export function attemptsOfSeller(recorded: GatewayAttempts, withoutSeller: GatewayAttempts, sellers: Map<string, string>, seller: string) {
  const ofSeller = <Row extends { payment_collection_id: string }>(rows: Row[]) => rows.filter((row) => sellers.get(row.payment_collection_id) === seller)
  return {
    payme: [...recorded.payme, ...ofSeller(withoutSeller.payme)],
    click: [...recorded.click, ...ofSeller(withoutSeller.click)],
    unattributed: [...withoutSeller.payme, ...withoutSeller.click].filter((row) => !sellers.has(row.payment_collection_id)).length,
  }
}
