import { Badge, Text } from "@medusajs/ui"
import type { KitchenTicket } from "./api"
import { DeliveryProofPhotos } from "./delivery-proof-photos"
import { itemLine, slotText } from "./format"
import { TicketActions } from "./ticket-actions"

const Line = ({ children }: { children: string }) => (
  <Text size="xsmall" className="text-ui-fg-subtle">
    {children}
  </Text>
)

/** One order on the board: what to make, for when, who has it, and the next steps. */
export const TicketCard = ({ ticket }: { ticket: KitchenTicket }) => {
  const slot = slotText(ticket.slot)
  return (
    <div className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col gap-y-2 rounded-lg p-3">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus">
          #{ticket.display_id}
        </Text>
        <Badge size="2xsmall">{ticket.fulfillment === "PICKUP" ? "Pickup" : "Delivery"}</Badge>
      </div>
      <ul className="flex flex-col">
        {ticket.items.map((item, index) => (
          <li key={index}>
            <Text size="small">{itemLine(item)}</Text>
          </li>
        ))}
      </ul>
      {ticket.cake_message ? <Line>{`On the cake: “${ticket.cake_message}”`}</Line> : null}
      {slot ? <Line>{`Slot: ${slot}`}</Line> : null}
      {ticket.accepted_by_name ? <Line>{`Taken by ${ticket.accepted_by_name}`}</Line> : null}
      {ticket.courier_name ? <Line>{`Courier: ${ticket.courier_name}`}</Line> : null}
      <DeliveryProofPhotos proofs={ticket.delivery_proofs} size="small" />
      <TicketActions ticket={ticket} />
    </div>
  )
}
