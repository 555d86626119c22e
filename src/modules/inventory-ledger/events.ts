/** Events of the inventory ledger. */
export const InventoryLedgerEvents = {
  /** A low-stock line was crossed downwards; payload `{ id, quantity, below_since }` of the stock_threshold. Once per crossing. */
  STOCK_LOW: "inventory_ledger.stock_low",
} as const
