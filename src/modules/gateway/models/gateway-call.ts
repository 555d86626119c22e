import { model } from "@medusajs/framework/utils"

/**
 * Every call a gateway made to our merchant endpoints, with our answer: what staff and the gateways' support need to
 * reconcile a disputed payment. Credentials are never stored (the Authorization header is not part of `request`).
 */
const GatewayCall = model
  .define("gateway_call", {
    id: model.id({ prefix: "gwcall" }).primaryKey(),
    gateway: model.enum(["payme", "click"]),
    /** The Payme method or the Click phase (prepare, complete). */
    operation: model.text(),
    /** Payme's transaction id or Click's click_trans_id, when the call named one. */
    gateway_transaction_id: model.text().nullable(),
    request: model.json().nullable(),
    response: model.json(),
    /** "ok", or the protocol error code answered. */
    outcome: model.text(),
    duration_ms: model.number(),
  })
  .indexes([{ on: ["gateway", "created_at"] }, { on: ["gateway_transaction_id"] }])

export default GatewayCall
