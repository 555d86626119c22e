import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { KitchenTicket } from "../components/kitchen/api"
import { DeliveryProofPhotos } from "../components/kitchen/delivery-proof-photos"
import { sdk } from "../lib/sdk"

/** The photos the courier took at the door, from the order's production ticket; only for delivery orders. */
const OrderDeliveryProofWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isLoading, isError } = useQuery({
    queryKey: ["kitchen", "order-ticket", order.id],
    queryFn: () => sdk.client.fetch<{ production_tickets: KitchenTicket[] }>("/admin/production/tickets", { query: { order_id: order.id, limit: 1 } }),
  })
  const ticket = data?.production_tickets[0]
  if (isLoading || (!isError && ticket?.fulfillment !== "DELIVERY")) return null
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">Proof of delivery</Heading>
      {isError ? (
        <Text size="small" className="text-ui-fg-error">
          The delivery photos could not be loaded.
        </Text>
      ) : ticket!.delivery_proofs.length ? (
        <DeliveryProofPhotos proofs={ticket!.delivery_proofs} size="large" />
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {ticket!.status === "DELIVERED" ? "Delivered without a photo." : "The courier has not sent a photo of the delivery yet."}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderDeliveryProofWidget
