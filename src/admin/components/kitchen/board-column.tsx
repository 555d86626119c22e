import { Heading, StatusBadge, Text } from "@medusajs/ui"
import type { KitchenTicket, TicketStatus } from "./api"
import { statusColor, statusLabel } from "./statuses"
import { TicketCard } from "./ticket-card"

export const BoardColumn = ({ status, tickets }: { status: TicketStatus; tickets: KitchenTicket[] }) => (
  <div className="bg-ui-bg-subtle flex min-w-[240px] flex-1 flex-col gap-y-3 rounded-lg p-3">
    <div className="flex items-center justify-between">
      <Heading level="h3">{statusLabel(status)}</Heading>
      <StatusBadge color={statusColor(status)}>{String(tickets.length)}</StatusBadge>
    </div>
    {tickets.length ? (
      tickets.map((ticket) => <TicketCard key={ticket.id} ticket={ticket} />)
    ) : (
      <Text size="xsmall" className="text-ui-fg-muted">
        Nothing here.
      </Text>
    )}
  </div>
)
