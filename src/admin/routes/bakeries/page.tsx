import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { BakeryStatusBadge, BAKERY_STATUS_OPTIONS } from "../../components/status-badges"
import { StatusListTable, type StatusListQuery } from "../../components/status-list-table"
import { useBakeries } from "../../hooks/bakeries"
import { formatRating } from "../../lib/format"
import type { AdminBakery, BakeryStatus } from "../../lib/types"

const column = createDataTableColumnHelper<AdminBakery>()
const filter = createDataTableFilterHelper<AdminBakery>()

const EMPTY_STATE = {
  empty: { heading: "No bakeries yet", description: "Approved applications with a new bakery appear here." },
  filtered: { heading: "No bakeries match", description: "Change the search or the filter." },
}

const columns = [
  column.accessor("name", { header: "Name" }),
  column.accessor("handle", { header: "Handle" }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <BakeryStatusBadge status={getValue()} /> }),
  column.display({ id: "rating", header: "Rating", cell: ({ row }) => formatRating(row.original) }),
  column.accessor("product_count", { header: "Products", cell: ({ getValue }) => getValue() ?? 0 }),
]

const filters = [filter.accessor("status", { type: "radio", label: "Status", options: BAKERY_STATUS_OPTIONS })]

const useBakeryRows = (query: StatusListQuery<BakeryStatus>) => {
  const { data, isPending } = useBakeries(query)
  return { rows: data?.bakeries ?? [], count: data?.count ?? 0, isPending }
}

const BakeriesPage = () => (
  <StatusListTable
    heading="Bakeries"
    columns={columns}
    filters={filters}
    emptyState={EMPTY_STATE}
    useRows={useBakeryRows}
    rowPath={(bakery) => `/bakeries/${bakery.id}`}
  />
)

export const config = defineRouteConfig({ label: "Bakeries", icon: BuildingStorefront, rank: 10 })

export const handle = { breadcrumb: () => "Bakeries" }

export default BakeriesPage
