import { Container, Heading, Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/format"

export type StatusChange<S extends string = string, A extends string = string> = {
  id: string
  from_status: S | null
  to_status: S
  actor_type: A
  actor_id: string | null
  note: string | null
  created_at: string
}

type StatusHistoryProps<S extends string, A extends string> = {
  history: StatusChange<S, A>[]
  actorLabels: Record<A, string>
  statusLabel?: (status: S) => string
}

/** Every status change of a record, oldest first: what changed, when, who made it and their note. */
export function StatusHistory<S extends string, A extends string>({ history, actorLabels, statusLabel = (status) => status }: StatusHistoryProps<S, A>) {
  const changes = [...history].sort((a, b) => a.created_at.localeCompare(b.created_at))
  const describe = ({ from_status, to_status }: StatusChange<S, A>) =>
    from_status ? `${statusLabel(from_status)} → ${statusLabel(to_status)}` : `Submitted (${statusLabel(to_status)})`
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">History</Heading>
      </div>
      {changes.map((change) => (
        <div key={change.id} className="flex flex-col gap-y-1 px-6 py-4">
          <div className="flex items-center justify-between gap-x-4">
            <Text size="small" weight="plus">
              {describe(change)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {formatDateTime(change.created_at)}
            </Text>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {actorLabels[change.actor_type]}
            {change.actor_id ? ` ${change.actor_id}` : ""}
          </Text>
          {change.note && (
            <Text size="small" className="whitespace-pre-line">
              {change.note}
            </Text>
          )}
        </div>
      ))}
    </Container>
  )
}
