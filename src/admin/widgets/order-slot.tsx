import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { isEmptyOrderSlot, orderSlotView } from "../components/shop-schedule/order-slot-view"

const Row = ({ label, value }: { label: string; value: string | null }) =>
  value ? (
    <div className="grid grid-cols-[7rem_1fr] gap-x-2">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" className="whitespace-pre-wrap break-words">
        {value}
      </Text>
    </div>
  ) : null

/** Pickup or delivery, the day and time window the customer chose, and the texts for the cake and the card. */
const OrderSlotWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const view = orderSlotView(order.metadata)
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">Handover</Heading>
      {isEmptyOrderSlot(view) ? (
        <Text size="small" className="text-ui-fg-subtle">
          The checkout recorded no slot for this order.
        </Text>
      ) : (
        <>
          <Row label="How" value={view.fulfillment} />
          <Row label="Date" value={view.date} />
          <Row label="Time" value={view.time} />
          <Row label="On the cake" value={view.cake_message} />
          <Row label="Card" value={view.card_text} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderSlotWidget
