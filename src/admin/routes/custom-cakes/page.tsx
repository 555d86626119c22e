import { defineRouteConfig } from "@medusajs/admin-sdk"
import { SparklesSolid } from "@medusajs/icons"
import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { CustomCakeStatusBadge } from "../../components/custom-cakes/custom-cake-status-badge"
import { bakeryLabel, customerLabel } from "../../components/custom-cakes/describe"
import { formatMoney } from "../../components/custom-cakes/money"
import { STATUS_FILTER_OPTIONS, type StatusFilter, statusOfFilter } from "../../components/custom-cakes/status"
import { formatUzs } from "../../components/pricing/format"
import { StatusListTable, type StatusListQuery } from "../../components/status-list-table"
import { type AdminCustomCake, useCustomCakes } from "../../hooks/custom-cakes"
import { formatDateTime } from "../../lib/format"

const column = createDataTableColumnHelper<AdminCustomCake>()
const filter = createDataTableFilterHelper<AdminCustomCake>()

const EMPTY_STATE = {
  empty: { heading: "No custom cakes yet", description: "Cakes customers describe in the storefront appear here." },
  filtered: { heading: "No custom cakes match", description: "Change the search or the status filter." },
}

const columns = [
  column.accessor("display_id", { header: "Number", cell: ({ getValue }) => `#${getValue()}` }),
  column.display({ id: "customer", header: "Customer", cell: ({ row }) => customerLabel(row.original.customer) }),
  column.display({ id: "bakery", header: "Bakery", cell: ({ row }) => bakeryLabel(row.original.bakery) }),
  column.accessor("wanted_at", { header: "Wanted", cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <CustomCakeStatusBadge status={getValue()} /> }),
  column.accessor("predicted_price", { header: "Suggested price", cell: ({ getValue }) => formatUzs(getValue()) }),
  column.display({
    id: "final_price",
    header: "Final price",
    cell: ({ row }) => formatMoney(row.original.final_price, row.original.currency_code),
  }),
]

const filters = [filter.accessor("status", { type: "radio", label: "Status", options: STATUS_FILTER_OPTIONS })]

const useCustomCakeRows = ({ status, ...query }: StatusListQuery<StatusFilter>) => {
  const { data, isPending } = useCustomCakes({ ...query, status: statusOfFilter(status) })
  return { rows: data?.custom_cakes ?? [], count: data?.count ?? 0, isPending }
}

/** The staff's review queue: it opens on the requests waiting for a price; search by number or customer email. */
const CustomCakesPage = () => (
  <StatusListTable
    heading="Custom cakes"
    columns={columns}
    filters={filters}
    emptyState={EMPTY_STATE}
    initialStatus="PENDING_REVIEW"
    useRows={useCustomCakeRows}
    rowPath={(cake) => `/custom-cakes/${cake.id}`}
  />
)

export const config = defineRouteConfig({ label: "Custom cakes", icon: SparklesSolid, rank: 12 })

export const handle = { breadcrumb: () => "Custom cakes" }

export default CustomCakesPage
