import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { BakeryStatusBadge, BAKERY_STATUS_OPTIONS } from "../../components/status-badges"
import { useBakeries } from "../../hooks/bakeries"
import { formatRating } from "../../lib/format"
import type { AdminBakery, BakeryStatus } from "../../lib/types"

const PAGE_SIZE = 20
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

const BakeriesPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isPending } = useBakeries({
    q: search || undefined,
    status: filtering.status as BakeryStatus | undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const table = useDataTable({
    columns,
    filters,
    data: data?.bakeries ?? [],
    getRowId: (bakery) => bakery.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, bakery) => navigate(`/bakeries/${bakery.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <Heading>Bakeries</Heading>
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.Search placeholder="Search" />
          </div>
        </DataTable.Toolbar>
        <DataTable.Table emptyState={EMPTY_STATE} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Bakeries", icon: BuildingStorefront, rank: 10 })

export const handle = { breadcrumb: () => "Bakeries" }

export default BakeriesPage
