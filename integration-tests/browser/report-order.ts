import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { UZ_ADDRESS } from "../helpers/gateway-checkout"

/**
 * The order setup.ts places two days back in the Telegram channel, so the Reports page has more than today's order
 * (the gateway order): "Today" and "Last 7 days" differ, and the sales chart has two bars.
 */
export const EARLIER_ORDER = { email: "reports@browser-test.dasturxon.local", days_ago: 2, quantity: 2, unit_price: 90_000 }

export async function createEarlierOrder(container: MedusaContainer): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: regions }, { data: variants }, { data: channels }] = await Promise.all([
    query.graph({ entity: "region", fields: ["id"], filters: { name: "Uzbekistan" } }),
    query.graph({ entity: "product_variant", fields: ["id", "product.handle"] }),
    query.graph({ entity: "sales_channel", fields: ["id", "name"] }),
  ])
  const variant = (variants as { id: string; product?: { handle: string } | null }[]).find((candidate) => candidate.product?.handle === "napoleon")!
  const telegram = (channels as { id: string; name: string }[]).find((channel) => channel.name === "Telegram")
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: (regions[0] as { id: string }).id,
      sales_channel_id: telegram?.id,
      email: EARLIER_ORDER.email,
      shipping_address: UZ_ADDRESS,
      items: [{ variant_id: variant.id, quantity: EARLIER_ORDER.quantity, title: "Napoleon", unit_price: EARLIER_ORDER.unit_price }],
    },
  })
  // Medusa stamps orders with the time they are made; the report reads created_at
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION)("order")
    .where({ id: order.id })
    .update({ created_at: new Date(Date.now() - EARLIER_ORDER.days_ago * 86_400_000) })
}
