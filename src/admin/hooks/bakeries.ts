import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminBakery, AdminBakeryUpdate, BakeryStatus, Paginated } from "../lib/types"

export const bakeryKeys = {
  all: ["bakeries"] as const,
  list: (query: BakeryListQuery) => [...bakeryKeys.all, "list", query] as const,
  detail: (id: string) => [...bakeryKeys.all, "detail", id] as const,
  ofProduct: (productId: string) => [...bakeryKeys.all, "product", productId] as const,
  ofOrder: (orderId: string) => [...bakeryKeys.all, "order", orderId] as const,
}

export type BakeryListQuery = { q?: string; status?: BakeryStatus; limit: number; offset: number }
type BakeryResponse = { bakery: AdminBakery }
type LinkedBakeryResponse = { bakery: AdminBakery | null }

export const useBakeries = (query: BakeryListQuery) =>
  useQuery({
    queryKey: bakeryKeys.list(query),
    queryFn: () => sdk.client.fetch<Paginated<"bakeries", AdminBakery>>("/admin/bakeries", { query }),
    placeholderData: (previous) => previous,
  })

export const useBakery = (id: string) =>
  useQuery({
    queryKey: bakeryKeys.detail(id),
    queryFn: () => sdk.client.fetch<BakeryResponse>(`/admin/bakeries/${id}`),
  })

/** Every mutation of one bakery answers `{bakery}`; the lists and that bakery's detail are refetched after it. */
function useBakeryMutation<TBody extends Record<string, unknown>>(id: string, path: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) => sdk.client.fetch<BakeryResponse>(`/admin/bakeries/${id}${path}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bakeryKeys.all }),
  })
}

export const useUpdateBakery = (id: string) => useBakeryMutation<AdminBakeryUpdate>(id, "")
export const useSuspendBakery = (id: string) => useBakeryMutation<{ reason: string }>(id, "/suspend")
export const useReactivateBakery = (id: string) => useBakeryMutation<Record<string, never>>(id, "/reactivate")

export const useProductBakery = (productId: string) =>
  useQuery({
    queryKey: bakeryKeys.ofProduct(productId),
    queryFn: () => sdk.client.fetch<LinkedBakeryResponse>(`/admin/products/${productId}/bakery`),
  })

export const useSetProductBakery = (productId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (bakeryId: string | null) =>
      sdk.client.fetch<LinkedBakeryResponse>(`/admin/products/${productId}/bakery`, {
        method: "POST",
        body: { bakery_id: bakeryId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bakeryKeys.all }),
  })
}

export const useOrderBakery = (orderId: string) =>
  useQuery({
    queryKey: bakeryKeys.ofOrder(orderId),
    queryFn: () => sdk.client.fetch<LinkedBakeryResponse>(`/admin/orders/${orderId}/bakery`),
  })
