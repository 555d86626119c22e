import type { AttemptCounts, CollectionAttempts } from "../../../modules/gateway/service"

/**
 * One seller's gateway attempts counted per state: those recorded with it (`recorded`), and of those recorded without
 * a seller (written before attempts carried it) the ones `sellers` (payment collection → seller) attributes to it.
 * `unattributed`: attempts without a seller that `sellers` cannot place either, which belong to no seller.
 */
export function attemptsOfSeller(recorded: AttemptCounts, withoutSeller: CollectionAttempts, sellers: Map<string, string>, seller: string) {
  const ofSeller = <Row extends { payment_collection_id: string }>(rows: Row[]) => rows.filter((row) => sellers.get(row.payment_collection_id) === seller)
  return {
    payme: [...recorded.payme, ...ofSeller(withoutSeller.payme).map(({ state }) => ({ state, count: 1 }))],
    click: [...recorded.click, ...ofSeller(withoutSeller.click).map(({ status }) => ({ status, count: 1 }))],
    unattributed: [...withoutSeller.payme, ...withoutSeller.click].filter((row) => !sellers.has(row.payment_collection_id)).length,
  }
}
