import type { Context } from "grammy"
import { CAKE_SHAPES, EVENT_TYPES, FILLINGS, FLAVORS, type DescribedCake } from "../../../../cake-pricing/domain"
import type { BotConversation } from "../../context"
import type { Say } from "../../conversation-kit"
import { ask, askChoice, choiceKeyboard, tapped, typedNumber, type Choice } from "./ask"

// The ranges are the pricing schema's (cake-pricing/domain/features.ts); the buttons are common sizes within them.
const SIZE_CM = { min: 8, max: 60, choices: [12, 16, 20, 24, 28, 32] }
const SHEET_CM = { min: 8, max: 80, choices: [[30, 20], [40, 30], [60, 40]] as const }
const HEIGHT_CM = { min: 4, max: 25, choices: [8, 10, 12, 15] }
const LAYERS = { min: 1, max: 12, choices: [3, 4, 6, 8] }
const TIERS = { min: 1, max: 5, choices: [1, 2, 3] }
const DECORATION_LEVELS = [1, 2, 3, 4, 5] as const

type Tier = DescribedCake["tiers"][number]
type SheetSize = { length_cm: number; width_cm: number }

const numberChoices = (values: readonly number[], text: (value: number) => string = String): Choice[] => values.map((value) => ({ text: text(value), value }))

/** "40x30", "40 × 30", "40х30" (Cyrillic х) as a sheet's length and width, each within the schema's range. */
function typedSheet(ctx: Context): SheetSize | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*[x×хX*]\s*(\d+(?:[.,]\d+)?)$/.exec(ctx.message?.text?.trim() ?? "")
  if (!match) return undefined
  const [length_cm, width_cm] = [match[1], match[2]].map((side) => Number(side.replace(",", ".")))
  const within = (side: number) => side >= SHEET_CM.min && side <= SHEET_CM.max
  return within(length_cm) && within(width_cm) ? { length_cm, width_cm } : undefined
}

/** A sheet tier may sit turned by 90° on the one below (the schema's rule). */
const sheetFits = (upper: SheetSize, lower: SheetSize | undefined) =>
  !lower || (upper.length_cm <= lower.length_cm && upper.width_cm <= lower.width_cm) || (upper.length_cm <= lower.width_cm && upper.width_cm <= lower.length_cm)

async function askSheetTier(conversation: BotConversation, ctx: Context, t: Say, tier: number, lower?: SheetSize): Promise<SheetSize> {
  const fitting = SHEET_CM.choices.filter(([length_cm, width_cm]) => sheetFits({ length_cm, width_cm }, lower))
  const choices = fitting.map(([length, width]) => ({ text: `${length}×${width}`, value: `${length}x${width}` }))
  const fromButton = (answer: Context) => {
    const value = tapped(answer, choices.map((choice) => choice.value))
    if (!value) return undefined
    const [length_cm, width_cm] = value.split("x").map(Number)
    return { length_cm, width_cm }
  }
  return ask(conversation, ctx, {
    prompt: t("cake-ask-sheet-size", { tier }),
    hint: t("cake-hint-sheet-size"),
    keyboard: choiceKeyboard(choices, 3),
    accept: (answer) => {
      const size = fromButton(answer) ?? typedSheet(answer)
      return size && sheetFits(size, lower) ? size : undefined
    },
  })
}

async function askSizedTier(conversation: BotConversation, ctx: Context, t: Say, tier: number, lower?: number): Promise<number> {
  const max = lower ?? SIZE_CM.max
  const choices = numberChoices(SIZE_CM.choices.filter((size) => size <= max), (size) => `${size} cm`)
  return ask(conversation, ctx, {
    prompt: t("cake-ask-size", { tier, max }),
    hint: t("cake-hint-size", { min: SIZE_CM.min, max }),
    keyboard: choiceKeyboard(choices, 3),
    accept: (answer) => tapped(answer, choices.map((choice) => choice.value as number)) ?? typedNumber(answer, SIZE_CM.min, max, false),
  })
}

/** A number from buttons of common values, or typed within the range. */
function askNumber(conversation: BotConversation, ctx: Context, t: Say, key: string, range: { min: number; max: number; choices: number[] }, whole = true) {
  return ask(conversation, ctx, {
    prompt: t(`cake-ask-${key}`),
    hint: t(`cake-hint-${key}`, { min: range.min, max: range.max }),
    keyboard: choiceKeyboard(numberChoices(range.choices), 4),
    accept: (answer) => tapped(answer, range.choices) ?? typedNumber(answer, range.min, range.max, whole),
  })
}

/** The cake as the pricing schema describes it, asked step by step. */
export async function describeCake(conversation: BotConversation, ctx: Context, t: Say): Promise<DescribedCake> {
  const hint = t("cake-hint-choose")
  const event_type = await askChoice(conversation, ctx, { prompt: t("cake-ask-event"), hint, choices: EVENT_TYPES.map((value) => ({ text: t("cake-event", { value }), value })) })
  const shape = await askChoice(conversation, ctx, { prompt: t("cake-ask-shape"), hint, choices: CAKE_SHAPES.map((value) => ({ text: t("cake-shape", { value }), value })) })
  const tierCount = await askNumber(conversation, ctx, t, "tiers", TIERS)
  const sizes: (number | SheetSize)[] = []
  for (let tier = 1; tier <= tierCount; tier++) {
    const lower = sizes[tier - 2]
    sizes.push(shape === "sheet" ? await askSheetTier(conversation, ctx, t, tier, lower as SheetSize | undefined) : await askSizedTier(conversation, ctx, t, tier, lower as number | undefined))
  }
  const height_cm = await askNumber(conversation, ctx, t, "height", HEIGHT_CM, false)
  const layers = await askNumber(conversation, ctx, t, "layers", LAYERS)
  const flavor = await askChoice(conversation, ctx, { prompt: t("cake-ask-flavor"), hint, choices: FLAVORS.map((value) => ({ text: t("cake-flavor", { value }), value })) })
  const filling = await askChoice(conversation, ctx, { prompt: t("cake-ask-filling"), hint, choices: FILLINGS.map((value) => ({ text: t("cake-filling", { value }), value })) })
  const decoration_complexity = await askChoice(conversation, ctx, {
    prompt: t("cake-ask-decoration"),
    hint,
    perRow: 1,
    choices: DECORATION_LEVELS.map((level) => ({ text: t("cake-decoration", { level }), value: level })),
  })
  const common = { layers, flavor, filling, decoration_complexity, event_type }
  if (shape === "sheet") return { shape, tiers: (sizes as SheetSize[]).map((size) => ({ ...size, height_cm })), ...common }
  return { shape, tiers: (sizes as number[]).map((size_cm): Tier => ({ size_cm, height_cm })), ...common } as DescribedCake
}
