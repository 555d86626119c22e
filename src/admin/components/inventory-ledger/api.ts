import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { StockImportChange } from "../../../workflows/inventory-ledger/steps/plan-stock-import"
import { sdk } from "../../lib/sdk"

type Named = { inventory_item_id: string; location_id: string; title: string | null; sku: string | null; location_name: string | null }
export type Movement = Named & { id: string; reason: string; quantity: number; quantity_before: number; quantity_after: number; actor_id: string | null; note: string | null; created_at: string }
export type CorrectionRequest = Named & { id: string; quantity: number; note: string | null; status: string; requested_by: string; created_at: string }
export type StockThreshold = Named & { id: string; threshold: number; below_since: string | null }
export type LowStock = StockThreshold & { stocked_quantity: number | null }
export type MovementFilters = { inventory_item_id?: string; reason?: string; from?: string; to?: string; offset: number }
export type ImportResult = { dry_run: boolean; changes: StockImportChange[]; unchanged: number; applied: number; pending_corrections: string[] }

export const PAGE_SIZE = 50
const BASE = "/admin/inventory-ledger"
const keys = { all: ["inventory-ledger"] as const }
const defined = (filters: Record<string, unknown>) => Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== "" && value !== undefined))

export const useMovements = (filters: MovementFilters) =>
  useQuery({
    queryKey: [...keys.all, "movements", filters],
    queryFn: () => sdk.client.fetch<{ movements: Movement[]; count: number }>(`${BASE}/movements`, { query: { ...defined(filters), limit: PAGE_SIZE } }),
  })

export const usePendingCorrections = () =>
  useQuery({
    queryKey: [...keys.all, "corrections"],
    queryFn: () => sdk.client.fetch<{ correction_requests: CorrectionRequest[] }>(`${BASE}/corrections`, { query: { status: "PENDING" } }),
  })

export const useThresholds = () =>
  useQuery({ queryKey: [...keys.all, "thresholds"], queryFn: () => sdk.client.fetch<{ stock_thresholds: StockThreshold[] }>(`${BASE}/thresholds`) })

export const useLowStock = () =>
  useQuery({ queryKey: [...keys.all, "alerts"], queryFn: () => sdk.client.fetch<{ low_stock: LowStock[] }>(`${BASE}/alerts`) })

/** Any ledger change refreshes every list on the page: a movement can decide an alert, an approval moves stock. */
function useLedgerMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) })
}

export const useRecordMovement = () =>
  useLedgerMutation((body: { inventory_item_id: string; location_id: string; reason: string; quantity: number; note?: string }) =>
    sdk.client.fetch<{ movement: Movement | null; correction_request: CorrectionRequest | null }>(`${BASE}/movements`, { method: "POST", body })
  )

export const useDecideCorrection = () =>
  useLedgerMutation(({ id, decision }: { id: string; decision: "approve" | "reject" }) => sdk.client.fetch(`${BASE}/corrections/${id}/${decision}`, { method: "POST" }))

export const useSetThreshold = () =>
  useLedgerMutation((body: { inventory_item_id: string; location_id: string; threshold: number }) => sdk.client.fetch(`${BASE}/thresholds`, { method: "POST", body }))

export const useRemoveThreshold = () => useLedgerMutation((id: string) => sdk.client.fetch(`${BASE}/thresholds/${id}`, { method: "DELETE" }))

export const useImportStock = () =>
  useLedgerMutation((body: { csv: string; dry_run: boolean }) => sdk.client.fetch<ImportResult>(`${BASE}/import`, { method: "POST", body }))

/** The export downloads through the session cookie, as a plain link would. */
export const EXPORT_URL = `${BASE}/export`

export const itemLabel = (row: Named) => [row.title ?? row.inventory_item_id, row.sku && `(${row.sku})`].filter(Boolean).join(" ")
