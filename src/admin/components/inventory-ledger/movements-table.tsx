import { Badge, Button, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { itemLabel, PAGE_SIZE, useMovements, type MovementFilters } from "./api"
import { InventoryItemPicker } from "./stock-pickers"

const ALL = "ALL"
const REASONS = ["INCOMING", "SALE", "LOSS", "CORRECTION", "RETURN"]

/** The ledger, newest first, filtered by item, reason and days (Tashkent). */
export const MovementsTable = () => {
  const [filters, setFilters] = useState<MovementFilters>({ offset: 0 })
  const { data, error } = useMovements(filters)
  if (error) throw error
  const set = (field: keyof MovementFilters) => (value: string) => setFilters((current) => ({ ...current, [field]: value === ALL ? undefined : value, offset: 0 }))
  const count = data?.count ?? 0
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-end gap-x-2">
        <InventoryItemPicker value={filters.inventory_item_id ?? ""} onChange={set("inventory_item_id")} />
        {filters.inventory_item_id ? (
          <Button size="small" variant="transparent" onClick={() => set("inventory_item_id")(ALL)}>
            Every item
          </Button>
        ) : null}
        <Select value={filters.reason ?? ALL} onValueChange={set("reason")}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {[ALL, ...REASONS].map((reason) => (
              <Select.Item key={reason} value={reason}>
                {reason === ALL ? "Every reason" : reason}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input type="date" value={filters.from ?? ""} onChange={(event) => set("from")(event.target.value)} />
        <Input type="date" value={filters.to ?? ""} onChange={(event) => set("to")(event.target.value)} />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>Reason</Table.HeaderCell>
            <Table.HeaderCell>Change</Table.HeaderCell>
            <Table.HeaderCell>Before → after</Table.HeaderCell>
            <Table.HeaderCell>Who</Table.HeaderCell>
            <Table.HeaderCell>Note</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.movements ?? []).map((row) => (
            <Table.Row key={row.id}>
              <Table.Cell>{new Date(row.created_at).toLocaleString("ru-RU", { timeZone: "Asia/Tashkent" })}</Table.Cell>
              <Table.Cell>{itemLabel(row)} · {row.location_name ?? row.location_id}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall">{row.reason}</Badge>
              </Table.Cell>
              <Table.Cell>{row.quantity > 0 ? `+${row.quantity}` : row.quantity}</Table.Cell>
              <Table.Cell>
                {row.quantity_before} → {row.quantity_after}
              </Table.Cell>
              <Table.Cell>{row.actor_id ?? "Medusa"}</Table.Cell>
              <Table.Cell>{row.note ?? ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-center gap-x-2">
        <Text size="small">
          {count ? `${filters.offset + 1}–${Math.min(filters.offset + PAGE_SIZE, count)} of ${count}` : "No movements"}
        </Text>
        <Button size="small" variant="secondary" disabled={filters.offset === 0} onClick={() => setFilters((current) => ({ ...current, offset: Math.max(0, current.offset - PAGE_SIZE) }))}>
          Newer
        </Button>
        <Button size="small" variant="secondary" disabled={filters.offset + PAGE_SIZE >= count} onClick={() => setFilters((current) => ({ ...current, offset: current.offset + PAGE_SIZE }))}>
          Older
        </Button>
      </div>
    </div>
  )
}
