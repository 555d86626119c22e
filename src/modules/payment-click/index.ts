import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ClickPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [ClickPaymentProviderService] })
