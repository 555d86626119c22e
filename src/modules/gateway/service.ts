import { MedusaService } from "@medusajs/framework/utils"
import ClickTransaction from "./models/click-transaction"
import GatewayCall from "./models/gateway-call"
import PaymeTransaction from "./models/payme-transaction"

class GatewayModuleService extends MedusaService({ PaymeTransaction, ClickTransaction, GatewayCall }) {}

export default GatewayModuleService
