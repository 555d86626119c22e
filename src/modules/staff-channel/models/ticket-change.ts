import { model } from "@medusajs/framework/utils"
import { ACTOR_TYPES } from "../transitions"
import ProductionTicket from "./production-ticket"

/** One line of a ticket's history: who moved it from which status to which (or took the delivery), and when. */
const TicketChange = model.define("ticket_change", {
  id: model.id({ prefix: "ptkch" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  actor_type: model.enum([...ACTOR_TYPES]),
  actor_id: model.text().nullable(),
  actor_name: model.text().nullable(),
  note: model.text().nullable(),
  ticket: model.belongsTo(() => ProductionTicket, { mappedBy: "history" }),
})

export default TicketChange
