import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import type { ReportFilters } from "../../hooks/reports"
import { SellerSelect } from "../seller-select"
import { RANGE_PRESETS, shopToday } from "./range"

type Props = { filters: ReportFilters; onChange: (filters: ReportFilters) => void }

/** The range (typed, or a preset ending today in Tashkent) and the seller every report below is about. */
export const FiltersBar = ({ filters, onChange }: Props) => {
  const today = shopToday()
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Heading>Reports</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Days are calendar days in Tashkent; amounts are per currency and never added together.
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="reports-from" size="small" weight="plus">
            From
          </Label>
          <Input id="reports-from" type="date" size="small" value={filters.from} max={today} onChange={(event) => onChange({ ...filters, from: event.target.value })} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="reports-to" size="small" weight="plus">
            To
          </Label>
          <Input id="reports-to" type="date" size="small" value={filters.to} onChange={(event) => onChange({ ...filters, to: event.target.value })} />
        </div>
        <div className="flex flex-wrap gap-2">
          {RANGE_PRESETS.map((preset) => {
            const range = preset.range(today)
            const active = range.from === filters.from && range.to === filters.to
            return (
              <Button key={preset.id} size="small" variant={active ? "primary" : "secondary"} aria-pressed={active} onClick={() => onChange({ ...filters, ...range })}>
                {preset.label}
              </Button>
            )
          })}
        </div>
        <SellerSelect id="reports-seller" allowEvery value={filters.seller} onChange={(seller) => onChange({ ...filters, seller })} />
      </div>
    </Container>
  )
}
