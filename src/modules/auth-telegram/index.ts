import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TelegramAuthService from "./service"

export default ModuleProvider(Modules.AUTH, { services: [TelegramAuthService] })
