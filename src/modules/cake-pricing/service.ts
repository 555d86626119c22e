import { MedusaService } from "@medusajs/framework/utils"
import Ingredient from "./models/ingredient"
import PricePrediction from "./models/price-prediction"
import PricingModelVersion from "./models/model-version"

class CakePricingModuleService extends MedusaService({ Ingredient, PricingModelVersion, PricePrediction }) {}

export default CakePricingModuleService
