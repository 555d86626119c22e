import { defineRouteConfig } from "@medusajs/admin-sdk"
import { InboxSolid } from "@medusajs/icons"
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
import { ApplicationStatusBadge, APPLICATION_STATUS_OPTIONS } from "../../components/status-badges"
import { useBakerApplications } from "../../hooks/baker-applications"
import { bakeryNameOf, formatDateTime } from "../../lib/format"
import type { AdminBakerApplication, ApplicationStatus } from "../../lib/types"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<AdminBakerApplication>()
const filter = createDataTableFilterHelper<AdminBakerApplication>()

const EMPTY_STATE = {
  empty: { heading: "No applications yet", description: "Applications sent from the storefront appear here." },
  filtered: { heading: "No applications match", description: "Change the search or the status filter." },
}

const columns = [
  column.accessor("applicant_name", { header: "Applicant" }),
  column.accessor("email", { header: "Email" }),
  column.display({ id: "bakery", header: "Bakery", cell: ({ row }) => bakeryNameOf(row.original) }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <ApplicationStatusBadge status={getValue()} /> }),
  column.accessor("created_at", { header: "Submitted", cell: ({ getValue }) => formatDateTime(getValue()) }),
]

const filters = [filter.accessor("status", { type: "radio", label: "Status", options: APPLICATION_STATUS_OPTIONS })]

const BakerApplicationsPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({ status: "pending" })
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isPending } = useBakerApplications({
    q: search || undefined,
    status: filtering.status as ApplicationStatus | undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const table = useDataTable({
    columns,
    filters,
    data: data?.baker_applications ?? [],
    getRowId: (application) => application.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, application) => navigate(`/baker-applications/${application.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <Heading>Baker applications</Heading>
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

export const config = defineRouteConfig({ label: "Baker applications", icon: InboxSolid, rank: 11 })

export const handle = { breadcrumb: () => "Baker applications" }

export default BakerApplicationsPage
