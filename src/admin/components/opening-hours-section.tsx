import { Container, Heading, Text } from "@medusajs/ui"
import { WEEKDAY_NAMES } from "../lib/opening-hours-text"
import type { OpeningHours } from "../lib/types"
import { DetailRows } from "./detail-rows"

type Props = { hours: OpeningHours | null; timezone: string }

export const OpeningHoursSection = ({ hours, timezone }: Props) => {
  const rows = WEEKDAY_NAMES.map((label, index) => {
    const intervals = (hours ?? [])
      .filter((interval) => interval.weekday === index + 1)
      .sort((a, b) => a.opens.localeCompare(b.opens))
    return { label, value: intervals.length ? intervals.map((i) => `${i.opens}–${i.closes}`).join(", ") : "Closed" }
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Opening hours</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {timezone}
        </Text>
      </div>
      <DetailRows rows={rows} />
    </Container>
  )
}
