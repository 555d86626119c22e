import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StaffChannelModule from "../modules/staff-channel"

/** The order a ticket makes. Read-only: the ticket keeps the id. */
export default defineLink(
  { linkable: StaffChannelModule.linkable.productionTicket, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
