import type { Context } from "grammy"
import { readEnv } from "../../../../../config/env"
import type { DeliveryAddress } from "../../../../../workflows/custom-cake/submit-custom-cake-request"
import { MAX_CUSTOM_CAKE_IMAGES } from "../../../../../workflows/custom-cake/steps/prepare-custom-cake-submission"
import type { BotConversation } from "../../context"
import { waitForAnswer, type Say } from "../../conversation-kit"
import type { BotLanguage } from "../../languages"
import { ask, askChoice, choiceKeyboard, tapped, typedNumber, typedText } from "./ask"
import { dayLabel } from "../../dates"
import { availableHours, hourLabel, offeredDays, typedDay, wantedAt } from "./wanted-date"

// The Store API's limits (src/api/shared/custom-cake-validators.ts).
const MAX_COLORS = 5
const MAX_COLOR_LENGTH = 30
const MAX_MESSAGE_LENGTH = 60
const SERVINGS = { min: 1, max: 1000, choices: [8, 12, 20, 30] }
const ADDRESS = { city: 100, address_1: 200 }

const SKIP = "skip"
const DONE = "done"

const skipKeyboard = (t: Say) => choiceKeyboard([{ text: t("cake-skip"), value: SKIP }])
/** null for a tapped Skip (undefined: not answered); keep it last in a `??` chain, as null ends the chain. */
const skipped = (ctx: Context) => (tapped(ctx, [SKIP]) ? null : undefined)

export function askServings(conversation: BotConversation, ctx: Context, t: Say): Promise<number | null> {
  const keyboard = choiceKeyboard([...SERVINGS.choices.map((value) => ({ text: String(value), value })), { text: t("cake-skip"), value: SKIP }], 4)
  return ask(conversation, ctx, {
    prompt: t("cake-ask-servings"),
    hint: t("cake-hint-servings", { max: SERVINGS.max }),
    keyboard,
    accept: (answer) => tapped(answer, SERVINGS.choices) ?? typedNumber(answer, SERVINGS.min, SERVINGS.max) ?? skipped(answer),
  })
}

/** "white, gold" as at most five colours of at most 30 characters each. */
function typedColors(ctx: Context): string[] | undefined {
  const colors = typedText(ctx, MAX_COLORS * (MAX_COLOR_LENGTH + 2))?.split(/[,;]/).map((color) => color.trim()).filter(Boolean)
  return colors?.length && colors.length <= MAX_COLORS && colors.every((color) => color.length <= MAX_COLOR_LENGTH) ? colors : undefined
}

export async function askColors(conversation: BotConversation, ctx: Context, t: Say): Promise<string[]> {
  const colors = await ask(conversation, ctx, {
    prompt: t("cake-ask-colors"),
    hint: t("cake-hint-colors", { max: MAX_COLORS, length: MAX_COLOR_LENGTH }),
    keyboard: skipKeyboard(t),
    accept: (answer) => typedColors(answer) ?? skipped(answer),
  })
  return colors ?? []
}

export function askCakeMessage(conversation: BotConversation, ctx: Context, t: Say): Promise<string | null> {
  return ask(conversation, ctx, {
    prompt: t("cake-ask-message"),
    hint: t("cake-hint-message", { max: MAX_MESSAGE_LENGTH }),
    keyboard: skipKeyboard(t),
    accept: (answer) => typedText(answer, MAX_MESSAGE_LENGTH) ?? skipped(answer),
  })
}

/** A photo (its largest size) or an image sent as a file; only Telegram's file_id is kept. */
const sentFileId = (ctx: Context) => ctx.message?.photo?.at(-1)?.file_id ?? ctx.message?.document?.file_id

/** Reference photos until "Done" or the request's limit. */
export async function askPhotos(conversation: BotConversation, ctx: Context, t: Say): Promise<string[]> {
  const done = choiceKeyboard([{ text: t("cake-done"), value: DONE }])
  await ctx.reply(t("cake-ask-photos", { max: MAX_CUSTOM_CAKE_IMAGES }), { reply_markup: done })
  const fileIds: string[] = []
  while (fileIds.length < MAX_CUSTOM_CAKE_IMAGES) {
    const { ctx: answer, value } = await waitForAnswer(
      conversation,
      (other) => (tapped(other, [DONE]) ? { done: true as const } : (other.message && sentFileId(other) && { fileId: sentFileId(other)! }) || undefined),
      async (other) => {
        if (other.callbackQuery) await other.answerCallbackQuery()
        await other.reply(t("cake-hint-photos"), { reply_markup: done })
      }
    )
    if ("done" in value) {
      await answer.answerCallbackQuery()
      break
    }
    fileIds.push(value.fileId)
    const more = fileIds.length < MAX_CUSTOM_CAKE_IMAGES
    await answer.reply(t("cake-photo-received", { count: fileIds.length, max: MAX_CUSTOM_CAKE_IMAGES }), more ? { reply_markup: done } : {})
  }
  return fileIds
}

/** A day (buttons for the next days the lead time allows, or typed) and then one of its times; ISO 8601. */
export async function askWantedAt(conversation: BotConversation, ctx: Context, t: Say, language: BotLanguage): Promise<string> {
  const minLeadHours = await conversation.external(() => readEnv().CUSTOM_CAKE_MIN_LEAD_HOURS)
  const now = await conversation.now()
  const days = offeredDays(now, minLeadHours)
  const day = await ask(conversation, ctx, {
    prompt: t("cake-ask-date", { hours: minLeadHours }),
    hint: t("cake-hint-date"),
    keyboard: choiceKeyboard(days.map((value) => ({ text: dayLabel(value, language), value })), 2),
    accept: (answer) => tapped(answer, days) ?? typedDay(answer.message?.text ?? "", now, minLeadHours),
  })
  const hours = availableHours(day, now, minLeadHours)
  const hour = await askChoice(conversation, ctx, { prompt: t("cake-ask-time"), hint: t("cake-hint-choose"), perRow: 4, choices: hours.map((value) => ({ text: hourLabel(value), value })) })
  return wantedAt(day, hour).toISOString()
}

/** "Tashkent, Navoi street 12, flat 5": the city before the first comma, the rest for the courier. */
function typedAddress(ctx: Context): Pick<DeliveryAddress, "city" | "address_1"> | undefined {
  const text = typedText(ctx, ADDRESS.city + ADDRESS.address_1)
  const comma = text?.indexOf(",") ?? -1
  if (!text || comma < 0) return undefined
  const city = text.slice(0, comma).trim()
  const address_1 = text.slice(comma + 1).trim()
  return city && address_1 && city.length <= ADDRESS.city && address_1.length <= ADDRESS.address_1 ? { city, address_1 } : undefined
}

/** The address as text, or a shared location followed by the address in words (a courier needs the flat). */
async function askDeliveryAddress(conversation: BotConversation, ctx: Context, t: Say): Promise<DeliveryAddress> {
  const first = await ask(conversation, ctx, {
    prompt: t("cake-ask-address"),
    hint: t("cake-hint-address"),
    accept: (answer) => {
      const location = answer.message?.location
      return location ? { latitude: location.latitude, longitude: location.longitude } : typedAddress(answer)
    },
  })
  if ("city" in first) return first
  const words = await ask(conversation, ctx, { prompt: t("cake-ask-address-after-location"), hint: t("cake-hint-address"), accept: typedAddress })
  return { ...words, ...first }
}

export async function askFulfillment(conversation: BotConversation, ctx: Context, t: Say): Promise<{ fulfillment: "PICKUP" | "DELIVERY"; delivery_address: DeliveryAddress | null }> {
  const fulfillment = await askChoice(conversation, ctx, {
    prompt: t("cake-ask-fulfillment"),
    hint: t("cake-hint-choose"),
    choices: (["PICKUP", "DELIVERY"] as const).map((value) => ({ text: t("cake-fulfillment", { value }), value })),
  })
  return { fulfillment, delivery_address: fulfillment === "DELIVERY" ? await askDeliveryAddress(conversation, ctx, t) : null }
}
