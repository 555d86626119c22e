import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_CHANNELS } from "../../../scripts/seed/data/store"

/** The storefront channels a baker's product is published in and the shipping profile it ships with. */
export const resolveStoreSellingContextStep = createStep("resolve-store-selling-context", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: channels }, { data: profiles }] = await Promise.all([
    query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: SALES_CHANNELS.map((channel) => channel.name) } }),
    query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } }),
  ])
  return new StepResponse({
    sales_channel_ids: channels.map((channel) => channel.id as string),
    shipping_profile_id: profiles[0]?.id as string | undefined,
  })
})
