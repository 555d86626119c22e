import { MedusaService } from "@medusajs/framework/utils"
import ClickTransaction from "./models/click-transaction"
import PaymeTransaction from "./models/payme-transaction"

class GatewayModuleService extends MedusaService({ PaymeTransaction, ClickTransaction }) {}

export default GatewayModuleService
