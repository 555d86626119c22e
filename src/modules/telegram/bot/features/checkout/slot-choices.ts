import { MedusaError } from "@medusajs/framework/utils"
import { InlineKeyboard, type Context } from "grammy"
import { SCHEDULING_MODULE } from "../../../../scheduling"
import { closedRefusal } from "../../../../scheduling/cart-rules"
import { SchedulingErrorCodes } from "../../../../scheduling/error-codes"
import type SchedulingModuleService from "../../../../scheduling/service"
import type { SlotType } from "../../../../scheduling/slots"
import { cartSlotFacts } from "../../../../../workflows/scheduling/cart-slot-facts"
import { holdCartSlotWorkflow } from "../../../../../workflows/scheduling/hold-cart-slot"
import { listSellerSlots } from "../../../../../workflows/scheduling/list-seller-slots"
import { sellerSchedules } from "../../../../../workflows/scheduling/slot-booking-hooks"
import { answered, choice, waitForAnswer, type Say } from "../../conversation-kit"
import type { BotContext, BotConversation } from "../../context"
import { dayLabel, shopDay } from "../../dates"
import type { BotLanguage } from "../../languages"

/** How far ahead the bot offers slots. */
const DAYS_AHEAD = 7

export type OfferedSlot = { date: string; starts_at: string; ends_at: string }
/** The slots a cart may take, or why none (the text key of the refusal), or that its seller does not schedule orders. */
export type SlotOffer = { scheduled: false } | { scheduled: true; refusal: string | null; slots: OfferedSlot[] }

/** The scheduling codes the bot explains in the customer's words (a key each in checkout.ftl). */
const { PAYMENT_METHOD_DISABLED: _paymentSwitch, ...SLOT_CODES } = SchedulingErrorCodes
export const EXPLAINED_SLOT_CODES = Object.values(SLOT_CODES)
const EXPLAINED = new Set<string>(EXPLAINED_SLOT_CODES)

const refusalKey = (code: string) => `slot-refused-${code.toLowerCase().replace(/_/g, "-")}`

/** The text key explaining a scheduling refusal, e.g. `slot-refused-slot-full`; null for any other error. */
export function slotRefusalKey(error: unknown): string | null {
  const code = MedusaError.isMedusaError(error) ? (error as MedusaError).code : undefined
  return code && EXPLAINED.has(code) ? refusalKey(code) : null
}

/** The bookable slots of the next days for the cart's seller, products and kind of order (the Store API's list). */
export async function slotOffer(ctx: BotContext, cartId: string, type: SlotType, now: number): Promise<SlotOffer> {
  const facts = await cartSlotFacts(ctx.container, cartId)
  if (!(await sellerSchedules(ctx.container, facts.seller_id))) return { scheduled: false }
  const { open, slots } = await listSellerSlots(ctx.container, { seller: facts.seller_id, type, from: shopDay(now), to: shopDay(now, DAYS_AHEAD - 1), products: facts.products })
  if (!open) {
    const switches = await ctx.container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).readStoreSwitches()
    return { scheduled: true, refusal: refusalKey(closedRefusal(switches, type)!.code), slots: [] }
  }
  const bookable = slots.filter((slot) => slot.bookable).map(({ date, starts_at, ends_at }) => ({ date, starts_at, ends_at }))
  return { scheduled: true, refusal: null, slots: bookable }
}

/** Holds the slot for the cart (the same workflow as POST /store/carts/:id/slot): null when held, else the text key of the refusal. */
export async function holdSlot(ctx: BotContext, cartId: string, type: SlotType, slot: OfferedSlot): Promise<string | null> {
  try {
    await holdCartSlotWorkflow(ctx.container).run({ input: { cart_id: cartId, type, date: slot.date, starts_at: slot.starts_at } })
    return null
  } catch (error) {
    const key = slotRefusalKey(error)
    if (!key) throw error
    return key
  }
}

export const slotLabel = (slot: OfferedSlot) => `${slot.starts_at}–${slot.ends_at}`

/** A day, then one of its slots, from buttons. */
export async function askSlot(conversation: BotConversation, ctx: Context, t: Say, language: BotLanguage, slots: OfferedSlot[]): Promise<OfferedSlot> {
  const days = [...new Set(slots.map((slot) => slot.date))]
  const dayKeyboard = new InlineKeyboard()
  days.forEach((day, index) => {
    dayKeyboard.text(dayLabel(day, language), `co:d:${day}`)
    if (index % 2 === 1) dayKeyboard.row()
  })
  await ctx.reply(t("checkout-ask-day"), { reply_markup: dayKeyboard })
  const day = await answered(
    await waitForAnswer(conversation, (answer) => {
      const picked = choice(answer, "co:d:")
      return picked && days.includes(picked) ? picked : undefined
    }, (answer) => answer.reply(t("checkout-use-buttons")))
  )
  const ofDay = slots.filter((slot) => slot.date === day)
  const timeKeyboard = new InlineKeyboard()
  ofDay.forEach((slot, index) => timeKeyboard.text(slotLabel(slot), `co:t:${index}`).row())
  await ctx.reply(t("checkout-ask-time", { day: dayLabel(day, language) }), { reply_markup: timeKeyboard })
  return answered(
    await waitForAnswer(conversation, (answer) => {
      const picked = choice(answer, "co:t:")
      return picked !== undefined ? ofDay[Number(picked)] : undefined
    }, (answer) => answer.reply(t("checkout-use-buttons")))
  )
}
