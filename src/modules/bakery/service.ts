import { MedusaService } from "@medusajs/framework/utils"
import Baker from "./models/baker"
import BakerApplication from "./models/baker-application"
import BakerInvite from "./models/baker-invite"
import BakerApplicationStatusChange from "./models/baker-application-status-change"
import Bakery from "./models/bakery"
import BakeryReview from "./models/bakery-review"

class BakeryModuleService extends MedusaService({
  Bakery,
  Baker,
  BakerInvite,
  BakerApplication,
  BakerApplicationStatusChange,
  BakeryReview,
}) {}

export default BakeryModuleService
