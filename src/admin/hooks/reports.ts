import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AcceptanceKpis } from "../../api/admin/production/kpis"
import type { ReportGroup } from "../../modules/reports/days"
import type { SalesReport } from "../../modules/reports/sales"
import type { customCakeFunnel, gatewayFailureRates, slotUtilisation, writeOffAccuracy } from "../../workflows/reports/kpis/operations"
import type { ItemTurnover } from "../../workflows/reports/kpis/turnover"
import type { TodayFigures } from "../../workflows/reports/today-figures"
import { sdk } from "../lib/sdk"
import type { AccuracyReport } from "./pricing"

export type { AccuracyReport, ReportGroup, SalesReport, TodayFigures }

/** What every report is asked for: calendar days in the shop's time zone, and optionally one seller. */
export type ReportFilters = { from: string; to: string; seller?: string }

export type ReportName = "sales" | "products" | "operations" | "inventory-turnover" | "pricing"

/** A table row as the reports answer it; the products report may grow tables the page shows as they come. */
export type ReportRow = Record<string, unknown>
export type ProductsReport = Record<string, ReportRow[]>

export type OperationsReport = {
  acceptance: AcceptanceKpis
  write_offs: ReturnType<typeof writeOffAccuracy>
  payments: ReturnType<typeof gatewayFailureRates>
  custom_cakes: ReturnType<typeof customCakeFunnel>
  slots: ReturnType<typeof slotUtilisation>
}

export type TurnoverRow = ItemTurnover & { title: string | null; sku: string | null }

const BASE = "/admin/reports"

const reportKeys = {
  all: ["reports"] as const,
  report: (name: ReportName | "today", params: object) => [...reportKeys.all, name, params] as const,
}

/** The parameters as the routes read them; no seller means every seller. */
const paramsOf = (filters: ReportFilters, extra: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries({ ...filters, ...extra }).filter(([, value]) => value !== undefined && value !== "")) as Record<string, string>

/** A report of the range; a new range keeps the previous figures on screen until the new ones arrive. */
function useReport<Answer>(name: ReportName, filters: ReportFilters, extra: Record<string, string> = {}) {
  const query = paramsOf(filters, extra)
  return useQuery({
    queryKey: reportKeys.report(name, query),
    queryFn: () => sdk.client.fetch<Answer>(`${BASE}/${name}`, { query }),
    placeholderData: keepPreviousData,
  })
}

export const useSalesReport = (filters: ReportFilters, group: ReportGroup) => useReport<SalesReport>("sales", filters, { group })
export const useProductsReport = (filters: ReportFilters) => useReport<ProductsReport>("products", filters)
export const useOperationsReport = (filters: ReportFilters) => useReport<OperationsReport>("operations", filters)
export const useTurnoverReport = (filters: ReportFilters) => useReport<{ items: TurnoverRow[] }>("inventory-turnover", filters)
export const usePricingReport = (filters: ReportFilters) => useReport<AccuracyReport>("pricing", filters)

/** Today so far in the shop's time zone, every seller: orders and totals per currency, open tickets, low stock. */
export const useTodaySummary = () =>
  useQuery({ queryKey: reportKeys.report("today", {}), queryFn: () => sdk.client.fetch<TodayFigures>(`${BASE}/today`) })

/**
 * The same report as a CSV file (UTF-8 with BOM); `table` names the table where a report has several. A plain link
 * downloads it with the admin's session cookie.
 */
export const reportCsvUrl = (name: ReportName, filters: ReportFilters, extra: Record<string, string> = {}) =>
  `${BASE}/${name}?${new URLSearchParams({ ...paramsOf(filters, extra), format: "csv" })}`
