import { Container, Heading, Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/format"
import type { ApplicationStatusChange } from "../lib/types"

const ACTORS: Record<ApplicationStatusChange["actor_type"], string> = {
  applicant: "Applicant",
  user: "Staff",
  system: "System",
}

const describe = (change: ApplicationStatusChange) =>
  change.from_status ? `${change.from_status} → ${change.to_status}` : `Submitted (${change.to_status})`

export const ApplicationHistory = ({ history }: { history: ApplicationStatusChange[] }) => {
  const changes = [...history].sort((a, b) => a.created_at.localeCompare(b.created_at))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">History</Heading>
      </div>
      {changes.map((change) => (
        <div key={change.id} className="flex flex-col gap-y-1 px-6 py-4">
          <div className="flex items-center justify-between gap-x-4">
            <Text size="small" weight="plus" className="capitalize">
              {describe(change)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {formatDateTime(change.created_at)}
            </Text>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {ACTORS[change.actor_type]}
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
