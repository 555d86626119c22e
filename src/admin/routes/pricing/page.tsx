import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartActivity } from "@medusajs/icons"
import { AccuracySection } from "../../components/pricing/accuracy-section"
import { ModelVersionsSection } from "../../components/pricing/model-versions-section"

const PricingModelPage = () => (
  <div className="flex flex-col gap-y-3">
    <ModelVersionsSection />
    <AccuracySection />
  </div>
)

export const config = defineRouteConfig({ label: "Pricing model", icon: ChartActivity, rank: 20 })

export const handle = { breadcrumb: () => "Pricing model" }

export default PricingModelPage
