import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TELEGRAM_MODULE } from "../../modules/telegram"
import type TelegramModuleService from "../../modules/telegram/service"

type RememberedFile = { source_url: string; telegram_file_id: string }

const rememberTelegramFileStep = createStep(
  "remember-telegram-file",
  async (input: RememberedFile, { container }) => {
    const telegram = container.resolve<TelegramModuleService>(TELEGRAM_MODULE)
    const [known] = await telegram.listTelegramFiles({ source_url: input.source_url })
    if (known) return new StepResponse(known.telegram_file_id, null)
    const created = await telegram.createTelegramFiles(input)
    return new StepResponse(created.telegram_file_id, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<TelegramModuleService>(TELEGRAM_MODULE).deleteTelegramFiles(createdId)
  }
)

/** The file_id Telegram gave an image the bot sent by URL, kept so later sends reuse Telegram's copy. */
export const rememberTelegramFileWorkflow = createWorkflow("remember-telegram-file", (input: RememberedFile) => {
  return new WorkflowResponse(rememberTelegramFileStep(input))
})
