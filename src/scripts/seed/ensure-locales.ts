import { Modules } from "@medusajs/framework/utils"
import { type SeedContext, missingFrom } from "./context"
import { SEED_LOCALES } from "./data/locales"

/*
 * The Translation module's loader only upserts its own default list (which has ru-RU and en-US but no Uzbek),
 * and core-flows has no workflow for locales, so the missing ones are created with the module's createLocales.
 * The store's supported_locales and GET /store/locales need the locale row to exist (the route reads its name).
 */
export async function ensureLocales(ctx: SeedContext): Promise<void> {
  const translationModule = ctx.container.resolve(Modules.TRANSLATION)
  const codes = SEED_LOCALES.map((locale) => locale.code)
  const existing = await translationModule.listLocales({ code: codes }, { select: ["code"] })
  const missingCodes = missingFrom<string>(codes, existing.map((locale) => locale.code))
  if (missingCodes.length) {
    await translationModule.createLocales(SEED_LOCALES.filter((locale) => missingCodes.includes(locale.code)).map((locale) => ({ ...locale })))
  }
  ctx.tally.record("locales", codes.length, missingCodes.length)
}
