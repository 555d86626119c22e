import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TelegramPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [TelegramPaymentProviderService] })
