import { createConversation } from "@grammyjs/conversations"
import type { I18n } from "@grammyjs/i18n"
import { Composer, type Context } from "grammy"
import type { BotContext, BotConversation } from "../../context"
import { speakerOf, type Say } from "../../conversation-kit"
import { mainMenuKeyboard } from "../../keyboards"
import { DEFAULT_LANGUAGE, type BotLanguage } from "../../languages"
import { askChoice } from "./ask"
import { describeCake } from "./describe-cake"
import { askCakeMessage, askColors, askFulfillment, askPhotos, askServings, askWantedAt } from "./request-details"
import { submitCakeRequest, type CakeRequestAnswers } from "./submit"
import { wantedAtText } from "./wanted-date"

const CONVERSATION_ID = "custom-cake"

function summary(t: Say, language: BotLanguage, answers: CakeRequestAnswers): string {
  const { cake } = answers
  const sizes = cake.tiers.map((tier) => ("size_cm" in tier ? `${tier.size_cm}` : `${tier.length_cm}×${tier.width_cm}`)).join(" / ")
  const address = answers.delivery_address ? `: ${answers.delivery_address.city}, ${answers.delivery_address.address_1}` : ""
  return t("cake-summary", {
    event: t("cake-event", { value: cake.event_type }),
    shape: t("cake-shape", { value: cake.shape }),
    sizes,
    height: cake.tiers[0].height_cm,
    layers: cake.layers,
    flavor: t("cake-flavor", { value: cake.flavor }),
    filling: t("cake-filling", { value: cake.filling }),
    decoration: t("cake-decoration", { level: cake.decoration_complexity }),
    servings: answers.servings_wanted ?? "—",
    colors: answers.colors.join(", ") || "—",
    message: answers.cake_message ?? "—",
    photos: answers.photo_file_ids.length,
    wanted: wantedAtText(new Date(answers.wanted_at), language),
    fulfillment: t("cake-fulfillment", { value: answers.fulfillment }),
    address,
  })
}

/** Ends with the main menu, sent from the outside context (its keyboard is built from the outside translations). */
async function showMainMenu(conversation: BotConversation) {
  await conversation.external(async (outside) => {
    await outside.reply(outside.t("main-menu"), { reply_markup: mainMenuKeyboard(outside) })
  })
}

/**
 * A custom-cake request, step by step: the cake, servings, colours, message, photos, date, pickup or delivery, then a
 * summary to send or cancel. A refusal keeps the answers: the customer changes the one it names, or sends again.
 */
function customCakeConversation(i18n: I18n<BotContext>) {
  return async function customCake(conversation: BotConversation, ctx: Context) {
    const { user, t } = await speakerOf(conversation, i18n)
    const language = user.language ?? DEFAULT_LANGUAGE
    await ctx.reply(t("cake-intro"))
    const cake = await describeCake(conversation, ctx, t)
    const answers: CakeRequestAnswers = {
      cake,
      servings_wanted: await askServings(conversation, ctx, t),
      colors: await askColors(conversation, ctx, t),
      cake_message: await askCakeMessage(conversation, ctx, t),
      photo_file_ids: await askPhotos(conversation, ctx, t),
      wanted_at: await askWantedAt(conversation, ctx, t, language),
      ...(await askFulfillment(conversation, ctx, t)),
    }
    for (;;) {
      const choice = await askChoice(conversation, ctx, {
        prompt: summary(t, language, answers),
        hint: t("cake-hint-choose"),
        choices: [
          { text: t("cake-send"), value: "send" },
          { text: t("cake-cancel"), value: "cancel" },
        ],
      })
      if (choice === "cancel") {
        await ctx.reply(t("cake-cancelled"))
        return showMainMenu(conversation)
      }
      const outcome = await conversation.external((outside) => submitCakeRequest(outside, answers))
      if (outcome.ok) {
        await ctx.reply(t("cake-sent", { number: outcome.number }))
        return showMainMenu(conversation)
      }
      await ctx.reply(t(outcome.key, outcome.args))
      if (outcome.redo === "photos") answers.photo_file_ids = await askPhotos(conversation, ctx, t)
      if (outcome.redo === "date") answers.wanted_at = await askWantedAt(conversation, ctx, t, language)
    }
  }
}

/** The custom-cake request: `/cake` or the main menu's button starts it. */
export function customCakeFeature(i18n: I18n<BotContext>) {
  const composer = new Composer<BotContext>()
  composer.use(createConversation<BotContext, Context>(customCakeConversation(i18n), { id: CONVERSATION_ID }))
  composer.command("cake", (ctx) => ctx.conversation.enter(CONVERSATION_ID))
  composer.callbackQuery("menu:custom-cake", async (ctx) => {
    await ctx.answerCallbackQuery()
    await ctx.conversation.enter(CONVERSATION_ID)
  })
  return composer
}
