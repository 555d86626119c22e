import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transform } from "@medusajs/framework/workflows-sdk"
import { findTelegramUserStep } from "./steps/find-telegram-user"
import { saveTelegramUserStep } from "./steps/save-telegram-user"

/** The language the user chose: every later message, and notifications, use it. */
export const setTelegramLanguageWorkflow = createWorkflow("set-telegram-language", (input: { telegram_id: string; language: "ru" | "uz" | "en" }) => {
  const user = findTelegramUserStep({ telegram_id: input.telegram_id })
  const saved = saveTelegramUserStep(
    transform({ input, user }, ({ input, user }) => ({
      id: user!.id,
      telegram_id: input.telegram_id,
      chat_id: user!.chat_id,
      first_name: user!.first_name,
      language: input.language,
    }))
  )
  return new WorkflowResponse(saved)
})
