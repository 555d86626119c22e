import { Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import { MANUAL_FULFILLMENT_PROVIDER, STOCK_LOCATION } from "./data/store"

type StockLocationRecord = {
  id: string
  sales_channels?: { id: string }[]
  fulfillment_providers?: { id: string }[]
}

/**
 * The Bukhara kitchen, linked to every given sales channel (so carts in them find its stock and shipping
 * options) and to the manual fulfillment provider (so its shipping options may use it).
 */
export async function ensureStockLocation(ctx: SeedContext, salesChannelIds: string[]): Promise<string> {
  const { data } = await ctx.query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { name: STOCK_LOCATION.name },
  })
  let location = data[0] as StockLocationRecord | undefined
  const created = !location
  if (!location) {
    const { result } = await createStockLocationsWorkflow(ctx.container).run({ input: { locations: [STOCK_LOCATION] } })
    location = { id: result[0].id, sales_channels: [], fulfillment_providers: [] }
  }

  const linkedChannels = new Set((location.sales_channels ?? []).map((channel) => channel.id))
  const channelsToLink = salesChannelIds.filter((id) => !linkedChannels.has(id))
  if (channelsToLink.length) {
    await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({ input: { id: location.id, add: channelsToLink } })
  }

  if (!(location.fulfillment_providers ?? []).some((provider) => provider.id === MANUAL_FULFILLMENT_PROVIDER)) {
    await createLinksWorkflow(ctx.container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER },
        },
      ],
    })
  }

  ctx.tally.record("stockLocations", 1, created ? 1 : 0)
  return location.id
}
