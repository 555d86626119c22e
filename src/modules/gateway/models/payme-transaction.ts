import { model } from "@medusajs/framework/utils"

/**
 * One Payme Merchant API transaction. Payme's own times and ids are stored as received and every time is returned
 * exactly as stored, because the sandbox repeats each call and requires identical answers.
 */
const PaymeTransaction = model
  .define("payme_transaction", {
    id: model.id({ prefix: "pmtx" }).primaryKey(),
    /** Payme's 24-character transaction id (`params.id`). */
    payme_id: model.text(),
    /** Payme's creation time (`params.time`); the 12-hour timeout runs from it. */
    payme_time: model.dateTime(),
    amount_tiyin: model.bigNumber(),
    /** The `account` object as Payme sent it. */
    account: model.json(),
    /** The payment session being paid; its id is the account value Payme sends back. */
    payment_session_id: model.text(),
    /** The session's payment collection (a cart's or an order's): at most one live transaction each. */
    payment_collection_id: model.text(),
    /** Who sells what is paid: a bakery id, or "store"; null when the payment's cart told no seller (or written before). */
    seller_id: model.text().nullable(),
    /** 1 created, 2 performed, -1 cancelled before perform, -2 cancelled after perform (refunded). */
    state: model.number(),
    /** Payme's cancel reason, any integer it sends; null until cancelled. */
    reason: model.number().nullable(),
    create_time: model.dateTime(),
    perform_time: model.dateTime().nullable(),
    cancel_time: model.dateTime().nullable(),
    /** Receipts from SetFiscalData, keyed by PERFORM or CANCEL. */
    fiscal_data: model.json().nullable(),
    /** Why Medusa could not take the payment when a perform was refused (reason 3), for staff. */
    failure: model.text().nullable(),
  })
  .indexes([
    { on: ["payme_id"], unique: true },
    // A payment collection has at most one created or performed transaction: the database, not a read-then-write,
    // enforces the one-time account rule when two CreateTransaction calls race.
    { on: ["payment_collection_id"], unique: true, where: "state IN (1, 2) AND deleted_at IS NULL" },
    { on: ["payme_time"] },
    // the operations report reads one seller's attempts of a range
    { on: ["seller_id", "create_time"] },
  ])

export default PaymeTransaction
