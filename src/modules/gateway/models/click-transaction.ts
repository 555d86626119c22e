import { model } from "@medusajs/framework/utils"

/**
 * One Click SHOP-API payment attempt (Prepare, then Complete). `prepare_id` is the integer Click gets back as
 * merchant_prepare_id and merchant_confirm_id. Click's ids are kept as strings: they can exceed 2^53.
 */
const ClickTransaction = model
  .define("click_transaction", {
    id: model.id({ prefix: "cltx" }).primaryKey(),
    prepare_id: model.autoincrement(),
    click_trans_id: model.text(),
    click_paydoc_id: model.text(),
    /** merchant_trans_id: the payment session being paid. */
    payment_session_id: model.text(),
    payment_collection_id: model.text(),
    /** Who sells what is paid: a bakery id, or "store"; null when the payment's cart told no seller (or written before). */
    seller_id: model.text().nullable(),
    /** The amount exactly as Click sent it ("1000.00"), and in tiyin. */
    amount: model.text(),
    amount_tiyin: model.bigNumber(),
    status: model.enum(["PREPARED", "COMPLETED", "CANCELLED", "REVERSED"]).default("PREPARED"),
    /** Click's `error` on Complete when it reported a failed or cancelled payment. */
    click_error: model.number().nullable(),
    click_error_note: model.text().nullable(),
    /** Why an attempt ended without a payment: CLICK_CANCELLED, SUPERSEDED, MEDUSA_REFUSED. */
    cancel_reason: model.text().nullable(),
    /** What went wrong on our side after Click debited the payer (the payment was then reversed), for staff. */
    failure: model.text().nullable(),
    prepared_at: model.dateTime(),
    completed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    reversed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["click_trans_id"], unique: true },
    { on: ["prepare_id"], unique: true },
    // At most one live attempt or one completed payment per payment collection, enforced by the database.
    { on: ["payment_collection_id"], unique: true, where: "status IN ('PREPARED', 'COMPLETED') AND deleted_at IS NULL" },
    // the operations report reads one seller's attempts of a range
    { on: ["seller_id", "prepared_at"] },
  ])

export default ClickTransaction
