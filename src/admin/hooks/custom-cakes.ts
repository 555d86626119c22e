import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CakeFeatures, Servings } from "../../modules/cake-pricing/domain"
import type { CustomCakeStatus, ProductionStatus } from "../../modules/custom-cake/transitions"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"

export type { CustomCakeStatus, ProductionStatus }

export type CustomCakeStatusChange = {
  id: string
  from_status: CustomCakeStatus | null
  to_status: CustomCakeStatus
  actor_type: "customer" | "user" | "baker" | "system"
  actor_id: string | null
  note: string | null
  created_at: string
}

export type CustomCakeCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
}

export type CustomCakeImage = { id: string; mime_type: string; size: number; url: string }

/** A custom cake request as the admin API answers it; list items come without `history`. */
export type AdminCustomCake = {
  id: string
  /** shown to people as "#" + display_id */
  display_id: number
  status: CustomCakeStatus
  customer: CustomCakeCustomer | null
  /** null: the store itself makes the cake */
  bakery: { id: string; name: string } | null
  currency_code: string
  features: CakeFeatures
  colors: string[]
  cake_message: string | null
  /** `url` is the admin image route, served with the dashboard's session cookie */
  images: CustomCakeImage[]
  wanted_at: string
  fulfillment: "PICKUP" | "DELIVERY"
  delivery_address: { address_1: string; city: string; phone?: string } | null
  servings_wanted: number | null
  notes: string | null
  locale: "ru" | "uz" | "en"
  /** whole UZS, whatever the request's currency */
  predicted_price: number
  predicted_servings: Servings
  prediction_source: "model" | "baseline"
  model_version_id: string | null
  /** major units of `currency_code` */
  final_price: number | null
  final_servings: number | null
  staff_note: string | null
  rejection_reason: string | null
  payment_expires_at: string | null
  payment_links: { provider_id: string; url: string }[]
  cart_id: string | null
  order_id: string | null
  history?: CustomCakeStatusChange[]
  created_at: string
  updated_at: string
}

export type CustomCakeListQuery = {
  q?: string
  status?: CustomCakeStatus
  bakery_id?: string
  wanted_from?: string
  wanted_to?: string
  limit: number
  offset: number
}

export type ApproveCustomCakeBody = {
  /** major units of the request's currency */
  final_price: number
  final_servings: number
  expires_in_hours?: number
  staff_note?: string
}
export type RejectCustomCakeBody = { reason: string }
export type ProductionUpdateBody = { status: ProductionStatus; note?: string }

type CustomCakeResponse = { custom_cake: AdminCustomCake }

const customCakeKeys = {
  all: ["custom-cakes"] as const,
  list: (query: CustomCakeListQuery) => [...customCakeKeys.all, "list", query] as const,
  detail: (id: string) => [...customCakeKeys.all, "detail", id] as const,
}

export const useCustomCakes = (query: CustomCakeListQuery) =>
  useQuery({
    queryKey: customCakeKeys.list(query),
    queryFn: () => sdk.client.fetch<Paginated<"custom_cakes", AdminCustomCake>>("/admin/custom-cakes", { query }),
    placeholderData: (previous) => previous,
  })

export const useCustomCake = (id: string) =>
  useQuery({
    queryKey: customCakeKeys.detail(id),
    queryFn: () => sdk.client.fetch<CustomCakeResponse>(`/admin/custom-cakes/${id}`),
  })

/** Every status change answers `{custom_cake}` without a guaranteed history: the detail and the lists are refetched. */
function useStatusChange<TBody extends Record<string, unknown>>(id: string, action: "approve" | "reject" | "production") {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) =>
      sdk.client.fetch<CustomCakeResponse>(`/admin/custom-cakes/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customCakeKeys.all }),
  })
}

export const useApproveCustomCake = (id: string) => useStatusChange<ApproveCustomCakeBody>(id, "approve")
export const useRejectCustomCake = (id: string) => useStatusChange<RejectCustomCakeBody>(id, "reject")
export const useAdvanceCustomCakeProduction = (id: string) => useStatusChange<ProductionUpdateBody>(id, "production")
