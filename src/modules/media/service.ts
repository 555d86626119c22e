import { MedusaService } from "@medusajs/framework/utils"
import ImageVariant from "./models/image-variant"

class MediaModuleService extends MedusaService({ ImageVariant }) {}

export default MediaModuleService
