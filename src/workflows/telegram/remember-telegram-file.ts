import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TELEGRAM_MODULE } from "../../modules/telegram"
import type TelegramModuleService from "../../modules/telegram/service"

type RememberedFile = { source_url: string; telegram_file_id: string }
/** What to undo: the row this step created, or the file_id it replaced. */
type Undo = { created_id: string } | { id: string; telegram_file_id: string } | null

const rememberTelegramFileStep = createStep(
  "remember-telegram-file",
  async (input: RememberedFile, { container }) => {
    const telegram = container.resolve<TelegramModuleService>(TELEGRAM_MODULE)
    const [known] = await telegram.listTelegramFiles({ source_url: input.source_url })
    if (known?.telegram_file_id === input.telegram_file_id) return new StepResponse(known.telegram_file_id, null as Undo)
    if (known) {
      await telegram.updateTelegramFiles({ id: known.id, telegram_file_id: input.telegram_file_id })
      return new StepResponse(input.telegram_file_id, { id: known.id, telegram_file_id: known.telegram_file_id } as Undo)
    }
    const created = await telegram.createTelegramFiles(input)
    return new StepResponse(created.telegram_file_id, { created_id: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const telegram = container.resolve<TelegramModuleService>(TELEGRAM_MODULE)
    if ("created_id" in undo) await telegram.deleteTelegramFiles(undo.created_id)
    else await telegram.updateTelegramFiles(undo)
  }
)

/**
 * The file_id Telegram gave an image the bot sent by URL, kept (or replacing one Telegram refused) so later sends
 * reuse Telegram's copy.
 */
export const rememberTelegramFileWorkflow = createWorkflow("remember-telegram-file", (input: RememberedFile) => {
  return new WorkflowResponse(rememberTelegramFileStep(input))
})
