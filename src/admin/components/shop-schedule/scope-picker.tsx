import { Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useBakeries } from "../../hooks/bakeries"
import type { SlotScope, SlotType } from "./api"

// The store sells as seller "store"; a select, not a search: tens of bakeries, and the admin API pages at most 100.
const STORE = "store"
const BAKERY_LIMIT = 100
const TYPE_LABELS: Record<SlotType, string> = { PICKUP: "Pickup", DELIVERY: "Courier delivery" }

/** Whose slots and closed days the sections below show: the store or a bakery, pickup or delivery. */
export const ScopePicker = ({ scope, onChange }: { scope: SlotScope; onChange: (scope: SlotScope) => void }) => {
  const bakeries = useBakeries({ limit: BAKERY_LIMIT, offset: 0 })
  return (
    <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h2">Slots and closed days</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Times are the shop's wall clock in Tashkent.
        </Text>
      </div>
      <div className="flex gap-x-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="schedule-seller" size="small" weight="plus">
            Seller
          </Label>
          <Select size="small" value={scope.seller_id} onValueChange={(seller_id) => onChange({ ...scope, seller_id })}>
            <Select.Trigger id="schedule-seller" className="w-56">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={STORE}>The store itself</Select.Item>
              {bakeries.data?.bakeries.map((bakery) => (
                <Select.Item key={bakery.id} value={bakery.id}>
                  {bakery.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="schedule-type" size="small" weight="plus">
            Kind
          </Label>
          <Select size="small" value={scope.type} onValueChange={(type) => onChange({ ...scope, type: type as SlotType })}>
            <Select.Trigger id="schedule-type" className="w-44">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.entries(TYPE_LABELS) as [SlotType, string][]).map(([type, label]) => (
                <Select.Item key={type} value={type}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
    </Container>
  )
}
