import { Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { SellerSelect, STORE_SELLER } from "../seller-select"
import type { SlotScope, SlotType } from "./api"

const TYPE_LABELS: Record<SlotType, string> = { PICKUP: "Pickup", DELIVERY: "Courier delivery" }

/** Whose slots and closed days the sections below show: the store or a bakery, pickup or delivery. */
export const ScopePicker = ({ scope, onChange }: { scope: SlotScope; onChange: (scope: SlotScope) => void }) => {
  return (
    <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h2">Slots and closed days</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Times are the shop's wall clock in Tashkent.
        </Text>
      </div>
      <div className="flex gap-x-3">
        <SellerSelect id="schedule-seller" value={scope.seller_id} onChange={(seller_id) => onChange({ ...scope, seller_id: seller_id ?? STORE_SELLER })} />
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
