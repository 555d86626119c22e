import { InlineKeyboard, type Context } from "grammy"
import type { BotConversation } from "../../context"
import { waitForAnswer } from "../../conversation-kit"

/** Callback data of this conversation's buttons: `cake:<value>`. */
export const cakeButton = (value: string | number) => `cake:${value}`

export type Choice = { text: string; value: string | number }

/** Buttons `perRow` to a row, in the order given. */
export function choiceKeyboard(choices: Choice[], perRow = 2): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  choices.forEach((choice, index) => {
    keyboard.text(choice.text, cakeButton(choice.value))
    if ((index + 1) % perRow === 0) keyboard.row()
  })
  return keyboard
}

/** The value of a tapped button of this conversation, when it is one of `values`. */
export function tapped<T extends string | number>(ctx: Context, values: readonly T[]): T | undefined {
  const data = ctx.callbackQuery?.data
  if (!data?.startsWith("cake:")) return undefined
  const value = data.slice("cake:".length)
  return values.find((candidate) => String(candidate) === value)
}

/** A typed number within [min, max] ("12", "12,5"), whole when asked; undefined otherwise. */
export function typedNumber(ctx: Context, min: number, max: number, whole = true): number | undefined {
  const text = ctx.message?.text?.trim().replace(",", ".")
  if (!text || !/^\d+(\.\d+)?$/.test(text)) return undefined
  const value = Number(text)
  if (whole && !Number.isInteger(value)) return undefined
  return value >= min && value <= max ? value : undefined
}

/** Typed text (not a command), trimmed, at most `max` characters. */
export function typedText(ctx: Context, max: number): string | undefined {
  const text = ctx.message?.text?.trim()
  return text && !text.startsWith("/") && text.length <= max ? text : undefined
}

export type Question<T> = {
  prompt: string
  keyboard?: InlineKeyboard
  accept: (ctx: Context) => T | undefined
  /** Said, with the keyboard again, when the answer is not accepted. */
  hint: string
}

/** Asks, and waits until the answer is accepted (re-asking with the hint); a tapped button's spinner is stopped. */
export async function ask<T>(conversation: BotConversation, ctx: Context, question: Question<T>): Promise<T> {
  await ctx.reply(question.prompt, { reply_markup: question.keyboard })
  const answer = await waitForAnswer(conversation, question.accept, async (other) => {
    if (other.callbackQuery) await other.answerCallbackQuery()
    await other.reply(question.hint, { reply_markup: question.keyboard })
  })
  if (answer.ctx.callbackQuery) await answer.ctx.answerCallbackQuery()
  return answer.value
}

/** One of fixed choices, by button only. */
export function askChoice<T extends string | number>(
  conversation: BotConversation,
  ctx: Context,
  question: { prompt: string; hint: string; choices: { text: string; value: T }[]; perRow?: number }
): Promise<T> {
  const values = question.choices.map((choice) => choice.value)
  return ask(conversation, ctx, { prompt: question.prompt, hint: question.hint, keyboard: choiceKeyboard(question.choices, question.perRow), accept: (answer) => tapped(answer, values) })
}
