import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderPaymentCollectionWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { GATEWAY_MODULE } from "../../src/modules/gateway"
import type GatewayModuleService from "../../src/modules/gateway/service"
import { UZ_ADDRESS } from "../helpers/gateway-checkout"

/** The order setup.ts places with a performed Payme transaction, for the order page's gateway widget. */
export const GATEWAY_ORDER = { email: "widget@browser-test.dasturxon.local", payme_id: "6571f0e3bab097f420a62c01", amount_tiyin: 18_000_000 }

export async function createOrderWithPaymeTransaction(container: MedusaContainer): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: regions }, { data: variants }] = await Promise.all([
    query.graph({ entity: "region", fields: ["id"], filters: { name: "Uzbekistan" } }),
    query.graph({ entity: "product_variant", fields: ["id", "product.handle"] }),
  ])
  const variant = (variants as { id: string; product?: { handle: string } | null }[]).find((candidate) => candidate.product?.handle === "napoleon")!
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: (regions[0] as { id: string }).id,
      email: GATEWAY_ORDER.email,
      shipping_address: UZ_ADDRESS,
      items: [{ variant_id: variant.id, quantity: 1, title: "Napoleon", unit_price: GATEWAY_ORDER.amount_tiyin / 100 }],
    },
  })
  const { result: [collection] } = await createOrderPaymentCollectionWorkflow(container).run({
    input: { order_id: order.id, amount: GATEWAY_ORDER.amount_tiyin / 100 },
  })
  const performedAt = new Date()
  await container.resolve<GatewayModuleService>(GATEWAY_MODULE).createPaymeTransactions({
    payme_id: GATEWAY_ORDER.payme_id,
    payme_time: new Date(performedAt.getTime() - 60_000),
    amount_tiyin: GATEWAY_ORDER.amount_tiyin,
    account: { order_id: "payses_browser" },
    payment_session_id: "payses_browser",
    payment_collection_id: collection.id,
    state: 2,
    create_time: new Date(performedAt.getTime() - 60_000),
    perform_time: performedAt,
  })
}
