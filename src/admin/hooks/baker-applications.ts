import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminBakerApplication, ApplicationStatus, Paginated } from "../lib/types"
import { bakeryKeys } from "./bakeries"

const applicationKeys = {
  all: ["baker-applications"] as const,
  list: (query: ApplicationListQuery) => [...applicationKeys.all, "list", query] as const,
  detail: (id: string) => [...applicationKeys.all, "detail", id] as const,
}

export type ApplicationListQuery = { q?: string; status?: ApplicationStatus; limit: number; offset: number }
type ApplicationResponse = { baker_application: AdminBakerApplication }

export const useBakerApplications = (query: ApplicationListQuery) =>
  useQuery({
    queryKey: applicationKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<Paginated<"baker_applications", AdminBakerApplication>>("/admin/baker-applications", { query }),
    placeholderData: (previous) => previous,
  })

export const useBakerApplication = (id: string) =>
  useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: () => sdk.client.fetch<ApplicationResponse>(`/admin/baker-applications/${id}`),
  })

/** A decision changes the application and, on approval, may create a bakery: both are refetched. */
function useDecision<TBody extends Record<string, unknown>>(id: string, decision: "approve" | "reject") {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) =>
      sdk.client.fetch<ApplicationResponse>(`/admin/baker-applications/${id}/${decision}`, { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
        queryClient.invalidateQueries({ queryKey: bakeryKeys.all }),
      ]),
  })
}

export const useApproveBakerApplication = (id: string) => useDecision<Record<string, never>>(id, "approve")
export const useRejectBakerApplication = (id: string) => useDecision<{ reason: string }>(id, "reject")
