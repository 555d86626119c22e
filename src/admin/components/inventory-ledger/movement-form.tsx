import { Button, Input, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRecordMovement } from "./api"
import { InventoryItemPicker, LocationPicker } from "./stock-pickers"

const REASONS = [
  { value: "INCOMING", label: "Incoming" },
  { value: "LOSS", label: "Loss (wilted, broken)" },
  { value: "RETURN", label: "Return" },
  { value: "CORRECTION", label: "Correction (signed)" },
]

/** One movement typed by staff; a large correction comes back as waiting for a second approval. */
export const MovementForm = () => {
  const [form, setForm] = useState({ inventory_item_id: "", location_id: "", reason: "INCOMING", quantity: "", note: "" })
  const record = useRecordMovement()
  const set = (field: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [field]: value }))
  const submit = () =>
    record.mutate(
      { ...form, quantity: Number(form.quantity), note: form.note || undefined },
      {
        onSuccess: (result) =>
          toast.success(result.movement ? `Recorded: ${result.movement.quantity_before} → ${result.movement.quantity_after}` : "Correction waits for a second member of staff"),
        onError: (error) => toast.error(error.message),
      }
    )
  return (
    <div className="flex flex-col gap-y-2">
      <Text weight="plus">Record a movement</Text>
      <div className="grid grid-cols-2 gap-2">
        <InventoryItemPicker value={form.inventory_item_id} onChange={set("inventory_item_id")} />
        <LocationPicker value={form.location_id} onChange={set("location_id")} />
        <Select value={form.reason} onValueChange={set("reason")}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {REASONS.map((reason) => (
              <Select.Item key={reason.value} value={reason.value}>
                {reason.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input type="number" placeholder="Quantity" value={form.quantity} onChange={(event) => set("quantity")(event.target.value)} />
      </div>
      <Input placeholder="Note" value={form.note} onChange={(event) => set("note")(event.target.value)} />
      <Button size="small" className="self-start" isLoading={record.isPending} onClick={submit}>
        Record
      </Button>
    </div>
  )
}
