import { model } from "@medusajs/framework/utils"
import { FULFILLMENT_TYPES, TICKET_STATUSES } from "../transitions"
import ChannelPost from "./channel-post"
import DeliveryProof from "./delivery-proof"
import TicketChange from "./ticket-change"

/**
 * The kitchen's copy of a paid order: who took it, who delivers it, where it is. Status changes go through conditional
 * updates (see service.ts), so of many simultaneous presses exactly one wins.
 */
const ProductionTicket = model
  .define("production_ticket", {
    id: model.id({ prefix: "ptk" }).primaryKey(),
    order_id: model.text(),
    display_id: model.number(),
    /** "store" or a bakery id: whose staff chat the ticket lives in. */
    seller_id: model.text(),
    status: model.enum([...TICKET_STATUSES]).default("NEW"),
    fulfillment: model.enum([...FULFILLMENT_TYPES]),
    has_cake: model.boolean().default(false),
    paid_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** Seconds from payment to acceptance, kept for the KPIs. */
    seconds_to_accept: model.number().nullable(),
    accepted_by_id: model.text().nullable(),
    accepted_by_name: model.text().nullable(),
    courier_id: model.text().nullable(),
    courier_name: model.text().nullable(),
    /** Medusa's fulfilment made when the ticket was accepted (the stock write-off). */
    fulfillment_id: model.text().nullable(),
    cancel_reason: model.text().nullable(),
    reminded_at: model.dateTime().nullable(),
    history: model.hasMany(() => TicketChange, { mappedBy: "ticket" }),
    posts: model.hasMany(() => ChannelPost, { mappedBy: "ticket" }),
    delivery_proofs: model.hasMany(() => DeliveryProof, { mappedBy: "ticket" }),
  })
  .cascades({ delete: ["history", "posts", "delivery_proofs"] })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "paid_at"] },
  ])

export default ProductionTicket
