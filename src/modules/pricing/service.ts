import { MedusaService } from "@medusajs/framework/utils"
import Ingredient from "./models/ingredient"
import PricePrediction from "./models/price-prediction"
import PricingModelVersion from "./models/model-version"

class PricingModuleService extends MedusaService({ Ingredient, PricingModelVersion, PricePrediction }) {}

export default PricingModuleService
