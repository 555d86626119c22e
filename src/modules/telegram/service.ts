import { MedusaService } from "@medusajs/framework/utils"
import TelegramFile from "./models/telegram-file"
import TelegramMessage from "./models/telegram-message"
import TelegramSession from "./models/telegram-session"
import TelegramUser from "./models/telegram-user"

class TelegramModuleService extends MedusaService({ TelegramUser, TelegramMessage, TelegramFile, TelegramSession }) {}

export default TelegramModuleService
