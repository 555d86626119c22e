import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { shopDay } from "../../../modules/telegram/bot/dates"
import { type SlotScope, useSlotPreview } from "./api"

const PREVIEW_DAYS = 7

/** What customers are offered over the next days, with what is left of each slot, as the Store API answers it. */
export const SlotPreviewSection = ({ scope }: { scope: SlotScope }) => {
  const now = Date.now()
  const [from, to] = [shopDay(now), shopDay(now, PREVIEW_DAYS - 1)]
  const preview = useSlotPreview(scope, from, to)
  if (preview.error) throw preview.error
  const slots = preview.data?.slots ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Next {PREVIEW_DAYS} days</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {from} to {to}, as customers see it now
          </Text>
        </div>
        {preview.data && !preview.data.open ? <StatusBadge color="red">Not taking these orders now</StatusBadge> : null}
      </div>
      {slots.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Time</Table.HeaderCell>
              <Table.HeaderCell>Orders left</Table.HeaderCell>
              <Table.HeaderCell>Cakes left</Table.HeaderCell>
              <Table.HeaderCell>Bookable</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {slots.map((slot) => (
              <Table.Row key={`${slot.date} ${slot.starts_at}`}>
                <Table.Cell>{slot.date}</Table.Cell>
                <Table.Cell>
                  {slot.starts_at}–{slot.ends_at}
                </Table.Cell>
                <Table.Cell>
                  {slot.remaining_orders} of {slot.capacity_orders}
                </Table.Cell>
                <Table.Cell>{slot.remaining_cakes ?? "no limit"}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={slot.bookable ? "green" : "grey"}>{slot.bookable ? "Yes" : "No"}</StatusBadge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {preview.isPending ? "Loading…" : "No slots in these days."}
        </Text>
      )}
    </Container>
  )
}
