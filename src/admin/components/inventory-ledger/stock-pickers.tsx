import { Input, Select } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type Picked = { value: string; onChange: (id: string) => void }

/** An inventory item chosen by title or SKU (Medusa's own admin search), not typed as an id. */
export const InventoryItemPicker = ({ value, onChange }: Picked) => {
  const [search, setSearch] = useState("")
  const { data } = useQuery({
    queryKey: ["inventory-ledger", "item-search", search],
    queryFn: () =>
      sdk.client.fetch<{ inventory_items: { id: string; title: string | null; sku: string | null }[] }>("/admin/inventory-items", {
        query: { q: search || undefined, limit: 20, fields: "id,title,sku" },
      }),
  })
  return (
    <div className="flex flex-col gap-y-1">
      <Input size="small" placeholder="Search items by title or SKU" value={search} onChange={(event) => setSearch(event.target.value)} />
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger>
          <Select.Value placeholder="Item" />
        </Select.Trigger>
        <Select.Content>
          {(data?.inventory_items ?? []).map((item) => (
            <Select.Item key={item.id} value={item.id}>
              {[item.title, item.sku].filter(Boolean).join(" · ") || item.id}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

/** A stock location by name. */
export const LocationPicker = ({ value, onChange }: Picked) => {
  const { data } = useQuery({
    queryKey: ["inventory-ledger", "locations"],
    queryFn: () => sdk.client.fetch<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { query: { limit: 100, fields: "id,name" } }),
  })
  return (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger>
        <Select.Value placeholder="Location" />
      </Select.Trigger>
      <Select.Content>
        {(data?.stock_locations ?? []).map((location) => (
          <Select.Item key={location.id} value={location.id}>
            {location.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
