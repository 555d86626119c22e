import {
  Container,
  DataTable,
  type DataTableColumnDef,
  type DataTableFilter,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableEmptyStateProps,
  Heading,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"

const PAGE_SIZE = 20

export type StatusListQuery<Status> = { q?: string; status?: Status; limit: number; offset: number }

type Props<Row extends { id: string }, Status> = {
  heading: string
  columns: DataTableColumnDef<Row, any>[]
  filters: DataTableFilter[]
  emptyState: DataTableEmptyStateProps
  /** The status filter the page opens with (none: every status). */
  initialStatus?: Status
  useRows: (query: StatusListQuery<Status>) => { rows: Row[]; count: number; isPending: boolean }
  rowPath: (row: Row) => string
}

/** A server-paged list with a search box and a status filter; a row opens its detail page. */
export function StatusListTable<Row extends { id: string }, Status extends string>({
  heading,
  columns,
  filters,
  emptyState,
  initialStatus,
  useRows,
  rowPath,
}: Props<Row, Status>) {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>(initialStatus ? { status: initialStatus } : {})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { rows, count, isPending } = useRows({
    q: search || undefined,
    status: filtering.status as Status | undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const table = useDataTable({
    columns,
    filters,
    data: rows,
    getRowId: (row) => row.id,
    rowCount: count,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(rowPath(row)),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <Heading>{heading}</Heading>
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.Search placeholder="Search" />
          </div>
        </DataTable.Toolbar>
        <DataTable.Table emptyState={emptyState} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
