import { Container, Heading, Table } from "@medusajs/ui"
import type { CustomCakeStatusChange } from "../../hooks/custom-cakes"
import { formatDateTime } from "../../lib/format"
import { statusLabel } from "./status"

const ACTORS: Record<CustomCakeStatusChange["actor_type"], string> = {
  customer: "Customer",
  user: "Staff",
  baker: "Baker",
  system: "System",
}

const describeChange = ({ from_status, to_status }: CustomCakeStatusChange) =>
  from_status ? `${statusLabel(from_status)} → ${statusLabel(to_status)}` : `Submitted (${statusLabel(to_status)})`

/** Every status change, oldest first, with who made it and their note. */
export const StatusHistory = ({ history }: { history: CustomCakeStatusChange[] }) => {
  const changes = [...history].sort((a, b) => a.created_at.localeCompare(b.created_at))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">History</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Change</Table.HeaderCell>
            <Table.HeaderCell>By</Table.HeaderCell>
            <Table.HeaderCell>Note</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {changes.map((change) => (
            <Table.Row key={change.id}>
              <Table.Cell>{formatDateTime(change.created_at)}</Table.Cell>
              <Table.Cell>{describeChange(change)}</Table.Cell>
              <Table.Cell>
                {ACTORS[change.actor_type]}
                {change.actor_id && <span className="text-ui-fg-subtle font-mono"> {change.actor_id}</span>}
              </Table.Cell>
              <Table.Cell className="whitespace-pre-line">{change.note ?? "-"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
