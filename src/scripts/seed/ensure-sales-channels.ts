import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import { SALES_CHANNELS } from "./data/store"

/** Sales channel ids by name. */
export type SalesChannelIds = Map<string, string>

export async function ensureSalesChannels(ctx: SeedContext): Promise<SalesChannelIds> {
  const names = SALES_CHANNELS.map((channel) => channel.name)
  const { data: existing } = await ctx.query.graph({
    entity: "sales_channel",
    fields: ["id", "name"],
    filters: { name: names },
  })
  const ids: SalesChannelIds = new Map(existing.map((channel) => [channel.name as string, channel.id as string]))

  const missing = SALES_CHANNELS.filter((channel) => !ids.has(channel.name))
  if (missing.length) {
    const { result } = await createSalesChannelsWorkflow(ctx.container).run({
      input: { salesChannelsData: missing.map(({ name, description }) => ({ name, description })) },
    })
    for (const channel of result) ids.set(channel.name, channel.id)
  }
  ctx.tally.record("salesChannels", names.length, missing.length)
  return ids
}

type PublishableKeyRecord = { id: string; title: string; token: string; sales_channels?: { id: string }[] }

/** One publishable key per storefront, scoped to its own sales channel. Returns the tokens by key title. */
export async function ensurePublishableKeys(ctx: SeedContext, channelIds: SalesChannelIds): Promise<Record<string, string>> {
  const titles = SALES_CHANNELS.map((channel) => channel.keyTitle)
  const { data } = await ctx.query.graph({
    entity: "api_key",
    fields: ["id", "title", "token", "sales_channels.id"],
    filters: { title: titles, type: "publishable", revoked_at: null },
  })
  const keys = new Map((data as PublishableKeyRecord[]).map((key) => [key.title, key]))

  const missingTitles = titles.filter((title) => !keys.has(title))
  if (missingTitles.length) {
    const { result } = await createApiKeysWorkflow(ctx.container).run({
      input: { api_keys: missingTitles.map((title) => ({ title, type: "publishable" as const, created_by: "" })) },
    })
    for (const key of result) keys.set(key.title, { id: key.id, title: key.title, token: key.token, sales_channels: [] })
  }

  for (const channel of SALES_CHANNELS) {
    const key = keys.get(channel.keyTitle)!
    const channelId = channelIds.get(channel.name)!
    if (!key.sales_channels?.some((linked) => linked.id === channelId)) {
      await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({ input: { id: key.id, add: [channelId] } })
    }
  }

  ctx.tally.record("publishableKeys", titles.length, missingTitles.length)
  return Object.fromEntries([...keys.values()].map((key) => [key.title, key.token]))
}
