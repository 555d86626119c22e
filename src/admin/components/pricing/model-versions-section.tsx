import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  StatusBadge,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { type ModelVersionStatus, type PricingModelVersion, useModelVersions, useTrainModel } from "../../hooks/pricing"
import { formatDateTime } from "../../lib/format"
import { formatPercent, formatUzs } from "./format"

const PAGE_SIZE = 10

const STATUSES: Record<ModelVersionStatus, { label: string; color: "green" | "blue" | "grey" }> = {
  ACTIVE: { label: "Active", color: "green" },
  CANDIDATE: { label: "Candidate", color: "blue" },
  RETIRED: { label: "Retired", color: "grey" },
}

const column = createDataTableColumnHelper<PricingModelVersion>()

const columns = [
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <StatusBadge color={STATUSES[getValue()].color}>{STATUSES[getValue()].label}</StatusBadge>,
  }),
  column.accessor("trained_at", { header: "Trained", cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.display({
    id: "samples",
    header: "Samples (holdout)",
    cell: ({ row }) => `${row.original.sample_count} (${row.original.holdout_count})`,
  }),
  column.accessor("holdout_mae", { header: "Holdout MAE", cell: ({ getValue }) => formatUzs(getValue()) }),
  column.accessor("holdout_mape", { header: "Holdout MAPE", cell: ({ getValue }) => formatPercent(getValue()) }),
  column.accessor("baseline_mae", { header: "Baseline MAE", cell: ({ getValue }) => formatUzs(getValue()) }),
  column.accessor("decision", { header: "Decision" }),
]

const EMPTY_STATE = {
  empty: { heading: "No model trained yet", description: "Retrain to fit a model on the prices staff have set." },
}

/** Every training run, newest first; only the active version answers suggestions. */
export const ModelVersionsSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isPending } = useModelVersions({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })
  const train = useTrainModel()

  const table = useDataTable({
    columns,
    data: data?.model_versions ?? [],
    getRowId: (version) => version.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const retrain = () =>
    train.mutateAsync().then(
      ({ promoted, decision }) =>
        promoted
          ? toast.success("New model promoted", { description: decision })
          : toast.info("The active model stays", { description: decision }),
      (error: Error) => toast.error(error.message)
    )

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2">
          <Heading>Pricing model</Heading>
          <Button size="small" variant="secondary" onClick={retrain} isLoading={train.isPending}>
            Retrain now
          </Button>
        </DataTable.Toolbar>
        <DataTable.Table emptyState={EMPTY_STATE} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
