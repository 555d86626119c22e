import { MedusaService } from "@medusajs/framework/utils"
import CustomCakeImage from "./models/custom-cake-image"
import CustomCakeRequest from "./models/custom-cake-request"
import CustomCakeStatusChange from "./models/custom-cake-status-change"

class CustomCakeModuleService extends MedusaService({ CustomCakeRequest, CustomCakeStatusChange, CustomCakeImage }) {}

export default CustomCakeModuleService
