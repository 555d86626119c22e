import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { InlineKeyboard } from "grammy"
import type { BotContext } from "../../context"
import { CALLBACK } from "../../keyboards"
import { enabledPaymentProviders } from "../../../../../workflows/scheduling/payment-switch"

/** The gateways the bot can take a payment with, by the short name its buttons carry. */
export const BOT_GATEWAYS = { payme: "pp_payme_payme", click: "pp_click_click", telegram: "pp_telegram_telegram" } as const
export type BotGateway = keyof typeof BOT_GATEWAYS

export const isBotGateway = (name: string): name is BotGateway => Object.keys(BOT_GATEWAYS).includes(name)

/**
 * Those of the bot's gateways the cart's region offers (each is registered only when configured) and staff have not
 * turned off with the `disabled_payment_providers` switch.
 */
export async function offeredGateways(ctx: BotContext, cartId: string): Promise<BotGateway[]> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["region.payment_providers.id", "region.payment_providers.is_enabled"], filters: { id: cartId } })
  const providers = ((data[0] as any)?.region?.payment_providers ?? []) as { id: string; is_enabled: boolean }[]
  const enabled = new Set(await enabledPaymentProviders(ctx.container, providers.filter((provider) => provider.is_enabled).map((provider) => provider.id)))
  return (Object.keys(BOT_GATEWAYS) as BotGateway[]).filter((gateway) => enabled.has(BOT_GATEWAYS[gateway]))
}

export function paymentKeyboard(ctx: BotContext, gateways: BotGateway[]): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  for (const gateway of gateways) keyboard.text(ctx.t(`pay-button-${gateway}`), CALLBACK.pay(gateway)).row()
  return keyboard.text(ctx.t("menu-cart"), CALLBACK.cart)
}
