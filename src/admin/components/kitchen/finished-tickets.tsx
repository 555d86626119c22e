import { Button, Container, Heading, StatusBadge, Table } from "@medusajs/ui"
import { useState } from "react"
import { formatDateTime } from "../../lib/format"
import type { KitchenTicket } from "./api"
import { DeliveryProofPhotos } from "./delivery-proof-photos"
import { statusColor, statusLabel } from "./statuses"

/** The latest delivered, picked-up and cancelled orders, folded away until asked for. */
export const FinishedTickets = ({ tickets }: { tickets: KitchenTicket[] }) => {
  const [open, setOpen] = useState(false)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Finished</Heading>
        <Button size="small" variant="secondary" onClick={() => setOpen(!open)}>
          {open ? "Hide" : `Show the latest ${tickets.length}`}
        </Button>
      </div>
      {open ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Paid</Table.HeaderCell>
              <Table.HeaderCell>Taken by</Table.HeaderCell>
              <Table.HeaderCell>Cancel reason</Table.HeaderCell>
              <Table.HeaderCell>Delivery photos</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tickets.map((ticket) => (
              <Table.Row key={ticket.id}>
                <Table.Cell>#{ticket.display_id}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={statusColor(ticket.status)}>{statusLabel(ticket.status)}</StatusBadge>
                </Table.Cell>
                <Table.Cell>{formatDateTime(ticket.paid_at)}</Table.Cell>
                <Table.Cell>{ticket.accepted_by_name ?? "-"}</Table.Cell>
                <Table.Cell>{ticket.cancel_reason ?? "-"}</Table.Cell>
                <Table.Cell>{ticket.delivery_proofs.length ? <DeliveryProofPhotos proofs={ticket.delivery_proofs} size="small" /> : "-"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </Container>
  )
}
