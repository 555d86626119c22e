import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Clock } from "@medusajs/icons"
import { useState } from "react"
import type { SlotScope } from "../../components/shop-schedule/api"
import { ClosuresSection } from "../../components/shop-schedule/closures-section"
import { ScopePicker } from "../../components/shop-schedule/scope-picker"
import { SlotPreviewSection } from "../../components/shop-schedule/slot-preview-section"
import { SwitchesSection } from "../../components/shop-schedule/switches-section"
import { TemplatesSection } from "../../components/shop-schedule/templates-section"

/** The run-time switches, and per seller and kind the weekly slots, closed days and what customers are offered. */
const ShopSchedulePage = () => {
  const [scope, setScope] = useState<SlotScope>({ seller_id: "store", type: "PICKUP" })
  return (
    <div className="flex flex-col gap-y-3">
      <SwitchesSection />
      <ScopePicker scope={scope} onChange={setScope} />
      <TemplatesSection scope={scope} />
      <ClosuresSection sellerId={scope.seller_id} />
      <SlotPreviewSection scope={scope} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Shop schedule", icon: Clock, rank: 15 })

export const handle = { breadcrumb: () => "Shop schedule" }

export default ShopSchedulePage
