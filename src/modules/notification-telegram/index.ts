import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TelegramNotificationService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, { services: [TelegramNotificationService] })
