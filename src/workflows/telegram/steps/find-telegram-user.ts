import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TELEGRAM_MODULE } from "../../../modules/telegram"
import type TelegramModuleService from "../../../modules/telegram/service"

export const findTelegramUserStep = createStep("find-telegram-user", async (input: { telegram_id: string }, { container }) => {
  const [user] = await container.resolve<TelegramModuleService>(TELEGRAM_MODULE).listTelegramUsers({ telegram_id: input.telegram_id })
  return new StepResponse(user ?? null)
})
