import { Badge, Button, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { itemLabel, useLowStock, useRemoveThreshold, useSetThreshold, useThresholds } from "./api"
import { InventoryItemPicker, LocationPicker } from "./stock-pickers"

/** Low-stock lines (set, change, remove) and what is under its line now. */
export const ThresholdsPanel = () => {
  const { data } = useThresholds()
  const { data: low } = useLowStock()
  const save = useSetThreshold()
  const remove = useRemoveThreshold()
  const [form, setForm] = useState({ inventory_item_id: "", location_id: "", threshold: "" })
  const below = new Map((low?.low_stock ?? []).map((row) => [row.id, row.stocked_quantity]))
  const submit = () =>
    save.mutate({ ...form, threshold: Number(form.threshold) }, { onSuccess: () => toast.success("Saved"), onError: (error) => toast.error(error.message) })
  return (
    <div className="flex flex-col gap-y-2">
      <Text weight="plus">Low-stock lines</Text>
      <Table>
        <Table.Body>
          {(data?.stock_thresholds ?? []).map((row) => (
            <Table.Row key={row.id}>
              <Table.Cell>{itemLabel(row)} · {row.location_name ?? row.location_id}</Table.Cell>
              <Table.Cell>alert under {row.threshold}</Table.Cell>
              <Table.Cell>{below.has(row.id) ? <Badge color="red" size="2xsmall">low: {below.get(row.id)} left</Badge> : null}</Table.Cell>
              <Table.Cell>
                <Button size="small" variant="transparent" onClick={() => remove.mutate(row.id)}>
                  Remove
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-end gap-x-2">
        <InventoryItemPicker value={form.inventory_item_id} onChange={(id) => setForm({ ...form, inventory_item_id: id })} />
        <LocationPicker value={form.location_id} onChange={(id) => setForm({ ...form, location_id: id })} />
        <Input type="number" placeholder="Alert under" value={form.threshold} onChange={(event) => setForm({ ...form, threshold: event.target.value })} />
        <Button size="small" isLoading={save.isPending} onClick={submit}>
          Set
        </Button>
      </div>
    </div>
  )
}
