import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { FiltersBar } from "../../components/reports/filters-bar"
import { OperationsSection } from "../../components/reports/operations-section"
import { PricingSection } from "../../components/reports/pricing-section"
import { ProductsSection } from "../../components/reports/products-section"
import { isRangeValid, RANGE_PRESETS, shopToday } from "../../components/reports/range"
import { SalesSection } from "../../components/reports/sales-section"
import { TurnoverSection } from "../../components/reports/turnover-section"
import type { ReportFilters } from "../../hooks/reports"

const DEFAULT_PRESET = "30d"

/** Sales, products, operations, stock turnover and pricing error over one range and seller, each downloadable as CSV. */
const ReportsPage = () => {
  const [filters, setFilters] = useState<ReportFilters>(() => RANGE_PRESETS.find((preset) => preset.id === DEFAULT_PRESET)!.range(shopToday()))
  const valid = isRangeValid(filters)
  return (
    <div className="flex flex-col gap-y-3">
      <FiltersBar filters={filters} onChange={setFilters} />
      {valid ? (
        <>
          <SalesSection filters={filters} />
          <ProductsSection filters={filters} />
          <OperationsSection filters={filters} />
          <TurnoverSection filters={filters} />
          <PricingSection filters={filters} />
        </>
      ) : (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Pick a From date on or before the To date to see the reports.
          </Text>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Reports", icon: ChartBar, rank: 21 })

export const handle = { breadcrumb: () => "Reports" }

export default ReportsPage
