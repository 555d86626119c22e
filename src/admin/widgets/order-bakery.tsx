import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { BakeryStatusBadge } from "../components/status-badges"
import { useOrderBakery } from "../hooks/bakeries"

const OrderBakeryWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isPending } = useOrderBakery(order.id)
  const bakery = data?.bakery
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">Bakery</Heading>
      {isPending ? null : bakery ? (
        <div className="flex items-center justify-between gap-x-2">
          <Link to={`/bakeries/${bakery.id}`} className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {bakery.name}
          </Link>
          <BakeryStatusBadge status={bakery.status} />
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Sold by the store itself
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side" })

export default OrderBakeryWidget
