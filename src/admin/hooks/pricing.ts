import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CakeFeatures, Servings, VariantServings } from "../../modules/cake-pricing/domain"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"

/** One suggested price, per bottom-tier size, as POST /admin/pricing/predict answers it. */
export type PricePredictionView = {
  prediction_id: string
  size_cm: number
  /** whole UZS */
  price: number
  servings: Servings
  source: "model" | "baseline"
  model_version_id: string | null
}

export type AppliedPrediction = {
  id: string
  predicted_price: number
  final_price: number
  difference: number
  product_variant_id: string
}

export type PredictRequest = { features: CakeFeatures; sizes_cm?: number[]; product_variant_id?: string }

export type ModelVersionStatus = "ACTIVE" | "CANDIDATE" | "RETIRED"

export type PricingModelVersion = {
  id: string
  status: ModelVersionStatus
  sample_count: number
  holdout_count: number
  /** UZS */
  holdout_mae: number
  /** percent of the actual price */
  holdout_mape: number
  /** UZS */
  baseline_mae: number
  decision: string
  trained_at: string
  promoted_at: string | null
}

export type TrainResult = { model_version: PricingModelVersion; promoted: boolean; decision: string }

/** mean_signed_error is mean(predicted − final) in UZS: positive when suggestions were too high. */
export type AccuracyMetrics = { count: number; mae: number; mape: number; mean_signed_error: number }

export type AccuracyReport = {
  from: string
  to: string
  overall: AccuracyMetrics
  by_size: (AccuracyMetrics & { bucket: string })[]
  by_week: (AccuracyMetrics & { week_start: string })[]
}

export type ModelVersionListQuery = { limit: number; offset: number }
export type AccuracyRange = { from: string; to: string }

export const pricingKeys = {
  all: ["pricing"] as const,
  models: (query: ModelVersionListQuery) => [...pricingKeys.all, "models", query] as const,
  accuracy: (range: AccuracyRange) => [...pricingKeys.all, "accuracy", range] as const,
  servings: (variantId: string) => [...pricingKeys.all, "servings", variantId] as const,
}

export type VariantServingsView = VariantServings & { variant_id: string }

// The dashboard's own keys for products and variants (@medusajs/dashboard hooks/api/products.tsx and
// product-variants.tsx), so its price sections refetch after a price is applied.
const DASHBOARD_PRODUCT_KEYS = [["products"], ["product_variants"], ["product_variant"]]

export const usePredictPrice = () =>
  useMutation({
    mutationFn: (body: PredictRequest) =>
      sdk.client.fetch<{ predictions: PricePredictionView[] }>("/admin/pricing/predict", { method: "POST", body }),
  })

/** Sets the variant's UZS price to the predicted one; the final price also changes the accuracy report. */
export const useApplyPrediction = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (predictionId: string) =>
      sdk.client.fetch<{ prediction: AppliedPrediction }>(`/admin/pricing/predictions/${predictionId}/apply`, {
        method: "POST",
        body: {},
      }),
    onSuccess: () =>
      Promise.all(
        [...DASHBOARD_PRODUCT_KEYS, pricingKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey }))
      ),
  })
}

export const useModelVersions = (query: ModelVersionListQuery) =>
  useQuery({
    queryKey: pricingKeys.models(query),
    queryFn: () =>
      sdk.client.fetch<Paginated<"model_versions", PricingModelVersion>>("/admin/pricing/models", { query }),
    placeholderData: (previous) => previous,
  })

export const useTrainModel = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<TrainResult>("/admin/pricing/models/train", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pricingKeys.all }),
  })
}

export const useAccuracy = (range: AccuracyRange) =>
  useQuery({
    queryKey: pricingKeys.accuracy(range),
    queryFn: () => sdk.client.fetch<AccuracyReport>("/admin/pricing/accuracy", { query: range }),
  })

export const useVariantServings = (variantId: string) =>
  useQuery({
    queryKey: pricingKeys.servings(variantId),
    queryFn: () => sdk.client.fetch<VariantServingsView>(`/admin/pricing/variants/${variantId}/servings`),
  })

/** The shop's own servings figure for a variant; null shows the estimate again. */
export const useSetVariantServings = (variantId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (servings: number | null) =>
      sdk.client.fetch<VariantServingsView>(`/admin/pricing/variants/${variantId}/servings`, { method: "POST", body: { servings } }),
    onSuccess: (view) => {
      queryClient.setQueryData(pricingKeys.servings(variantId), view)
      return Promise.all(DASHBOARD_PRODUCT_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
    },
  })
}
