import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { type AcceptanceKpis, useKitchenKpis } from "./api"
import { formatDuration, formatShare } from "./format"

const FIGURES: { label: string; value: (kpis: AcceptanceKpis) => string }[] = [
  { label: "Paid orders", value: ({ tickets }) => String(tickets) },
  { label: "Accepted", value: ({ accepted }) => String(accepted) },
  { label: "Median time to accept", value: ({ median_seconds_to_accept }) => formatDuration(median_seconds_to_accept) },
  { label: "90% accepted within", value: ({ p90_seconds_to_accept }) => formatDuration(p90_seconds_to_accept) },
  { label: "Accepted within 15 min", value: ({ accepted_within_15_min_share }) => formatShare(accepted_within_15_min_share) },
]

/** The last 7 days' acceptance figures, and whether the board is receiving changes live. */
export const KpiFigures = ({ live }: { live: boolean }) => {
  const { data, isError } = useKitchenKpis()
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading>Kitchen board</Heading>
        <StatusBadge color={live ? "green" : "orange"}>{live ? "Live" : "Connecting…"}</StatusBadge>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the figures; reload the page to try again.
        </Text>
      ) : (
        <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-5">
          {FIGURES.map(({ label, value }) => (
            <div key={label} className="flex flex-col gap-y-1">
              <Text size="xsmall" className="text-ui-fg-subtle">
                {label} (7 days)
              </Text>
              <Text size="large" weight="plus">
                {data ? value(data.overall) : "-"}
              </Text>
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}
