import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TELEGRAM_MODULE } from "../../../modules/telegram"
import type TelegramModuleService from "../../../modules/telegram/service"

export type TelegramUserFields = {
  id?: string
  telegram_id: string
  chat_id: string
  customer_id?: string | null
  username?: string | null
  first_name: string
  last_name?: string | null
  language?: string | null
  phone?: string | null
  blocked_at?: Date | null
}

export type TelegramUserRow = { id: string; telegram_id: string; chat_id: string; customer_id: string | null; language: string | null; phone: string | null; first_name: string }
type Undo = { created?: string; restore?: Record<string, unknown> & { id: string } }

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<TelegramModuleService>(TELEGRAM_MODULE)

/** Creates the Telegram user, or updates what Telegram says about them now; undone by restoring or deleting. */
export const saveTelegramUserStep = createStep(
  "save-telegram-user",
  async (fields: TelegramUserFields, { container }): Promise<StepResponse<TelegramUserRow, Undo>> => {
    const telegram = service(container)
    if (!fields.id) {
      const created = await telegram.createTelegramUsers(fields)
      return new StepResponse(created, { created: created.id } as Undo)
    }
    const [before] = await telegram.listTelegramUsers({ id: fields.id })
    const updated = await telegram.updateTelegramUsers({ ...fields, id: fields.id })
    const { id, username, first_name, last_name, language, phone, chat_id, blocked_at } = before
    return new StepResponse(updated, { restore: { id, username, first_name, last_name, language, phone, chat_id, blocked_at } } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.created) await service(container).deleteTelegramUsers(undo.created)
    if (undo.restore) await service(container).updateTelegramUsers(undo.restore)
  }
)
