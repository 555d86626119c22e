import { updateCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findTelegramUserStep } from "./steps/find-telegram-user"
import { saveTelegramUserStep } from "./steps/save-telegram-user"

export type UpdateTelegramUserInput = { telegram_id: string; language?: "ru" | "uz" | "en"; phone?: string }

/**
 * What the user chose or shared in the bot: the language (every later message and notification uses it) and the
 * phone (kept for the next checkout and written on their customer, where staff see it).
 */
export const updateTelegramUserWorkflow = createWorkflow("update-telegram-user", (input: UpdateTelegramUserInput) => {
  const user = findTelegramUserStep({ telegram_id: input.telegram_id })
  const saved = saveTelegramUserStep(
    transform({ input, user }, ({ input, user }) => ({
      id: user!.id,
      telegram_id: input.telegram_id,
      chat_id: user!.chat_id,
      first_name: user!.first_name,
      ...(input.language && { language: input.language }),
      ...(input.phone && { phone: input.phone }),
    }))
  )
  when("write-customer-phone", { input, user }, ({ input, user }) => !!input.phone && !!user?.customer_id).then(() =>
    updateCustomersWorkflow.runAsStep({
      input: transform({ input, user }, ({ input, user }) => ({ selector: { id: user!.customer_id! }, update: { phone: input.phone! } })),
    })
  )
  return new WorkflowResponse(saved)
})
