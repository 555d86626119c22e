import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { Slot, SlotTemplateRow, SlotType } from "../../../modules/scheduling/slots"
import type { StoreSwitches } from "../../../modules/scheduling/switches"
import { sdk } from "../../lib/sdk"

export type { Slot, SlotTemplateRow, SlotType, StoreSwitches }

/** Whose slots are shown: the store itself ("store") or a bakery id, and which kind. */
export type SlotScope = { seller_id: string; type: SlotType }
export type Closure = { id: string; seller_id: string; date: string; reason: string | null }

export const scheduleKeys = {
  all: ["shop-schedule"] as const,
  switches: ["shop-schedule", "switches"] as const,
  providers: ["shop-schedule", "payment-providers"] as const,
  templates: (scope: SlotScope) => ["shop-schedule", "templates", scope] as const,
  closures: (sellerId: string) => ["shop-schedule", "closures", sellerId] as const,
  preview: (scope: SlotScope, from: string, to: string) => ["shop-schedule", "preview", scope, from, to] as const,
}

const useInvalidatingMutation = <TBody, TResult>(mutationFn: (body: TBody) => Promise<TResult>) => {
  const queryClient = useQueryClient()
  // Any change (a switch, a template, a closure) can change the preview, so the whole page refetches.
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: scheduleKeys.all }) })
}

export const useStoreSwitches = () =>
  useQuery({
    queryKey: scheduleKeys.switches,
    queryFn: () => sdk.client.fetch<{ store_switches: StoreSwitches }>("/admin/store-switches"),
  })

export const useSetStoreSwitches = () =>
  useInvalidatingMutation((body: Partial<StoreSwitches>) =>
    sdk.client.fetch<{ store_switches: StoreSwitches }>("/admin/store-switches", { method: "POST", body })
  )

/** Every payment provider the app registered (Medusa's admin route), whichever regions offer them. */
export const usePaymentProviders = () =>
  useQuery({
    queryKey: scheduleKeys.providers,
    queryFn: () => sdk.client.fetch<{ payment_providers: { id: string; is_enabled: boolean }[] }>("/admin/payments/payment-providers", { query: { limit: 100 } }),
  })

export const useSlotTemplates = (scope: SlotScope) =>
  useQuery({
    queryKey: scheduleKeys.templates(scope),
    queryFn: () => sdk.client.fetch<{ slot_templates: SlotTemplateRow[] }>("/admin/slot-templates", { query: scope }),
  })

export const useSetSlotTemplates = () =>
  useInvalidatingMutation((body: SlotScope & { templates: SlotTemplateRow[] }) =>
    sdk.client.fetch<{ slot_templates: SlotTemplateRow[] }>("/admin/slot-templates", { method: "POST", body })
  )

export const useClosures = (sellerId: string) =>
  useQuery({
    queryKey: scheduleKeys.closures(sellerId),
    queryFn: () => sdk.client.fetch<{ closures: Closure[] }>("/admin/closures", { query: { seller_id: sellerId } }),
  })

export const useAddClosure = () =>
  useInvalidatingMutation((body: { seller_id: string; date: string; reason: string | null }) =>
    sdk.client.fetch<{ closure: Closure }>("/admin/closures", { method: "POST", body })
  )

export const useRemoveClosure = () =>
  useInvalidatingMutation((id: string) => sdk.client.fetch<{ id: string }>(`/admin/closures/${id}`, { method: "DELETE" }))

/** What customers are offered from `from` to `to`, with what is left of each slot (GET /admin/slots). */
export const useSlotPreview = (scope: SlotScope, from: string, to: string) =>
  useQuery({
    queryKey: scheduleKeys.preview(scope, from, to),
    queryFn: () =>
      sdk.client.fetch<{ open: boolean; slots: Slot[] }>("/admin/slots", { query: { seller: scope.seller_id, type: scope.type, from, to } }),
  })
