import { readEnv, backendUrl } from "../../config/env"
import type { Query } from "../storefront/sellers"
import { paymentLinks } from "./payment-links"

/** Fields of a request as the API shows it (query.graph through the read-only links). */
export const CUSTOM_CAKE_FIELDS = [
  "*",
  "images.id",
  "images.mime_type",
  "images.size",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  "bakery.id",
  "bakery.name",
]

export type CustomCakeAudience = "admin" | "baker" | "store"

const IMAGE_ROUTES: Record<CustomCakeAudience, string> = { admin: "/admin", baker: "/baker", store: "/store" }

type Row = Record<string, any>

/** One request for the API: money as numbers, servings grouped, links and image URLs built, internals left out. */
export function toCustomCakeView(row: Row, audience: CustomCakeAudience, history?: Row[]) {
  const baseUrl = backendUrl(readEnv())
  const {
    raw_predicted_price: _rawPredicted,
    raw_final_price: _rawFinal,
    payment_link_token,
    predicted_servings_party,
    predicted_servings_wedding,
    prediction_id: _predictionId,
    deleted_at: _deleted,
    images,
    customer,
    bakery,
    ...fields
  } = row
  return {
    ...fields,
    predicted_price: Number(row.predicted_price),
    final_price: row.final_price === null || row.final_price === undefined ? null : Number(row.final_price),
    predicted_servings: { party: predicted_servings_party, wedding: predicted_servings_wedding },
    payment_links: row.status === "APPROVED_AWAITING_PAYMENT" ? paymentLinks(baseUrl, payment_link_token, row.payment_provider_ids ?? []) : [],
    images: (images ?? []).map((image: Row) => ({
      id: image.id,
      mime_type: image.mime_type,
      size: image.size,
      url: `${baseUrl}${IMAGE_ROUTES[audience]}/custom-cakes/${row.id}/images/${image.id}`,
    })),
    customer: audience === "store" ? undefined : customer ? pickCustomer(customer) : null,
    bakery: bakery ? { id: bakery.id, name: bakery.name } : null,
    ...(history ? { history: history.map(toHistoryLine) } : {}),
  }
}

const pickCustomer = ({ id, email, first_name, last_name, phone }: Row) => ({ id, email, first_name, last_name, phone })

const toHistoryLine = ({ id, from_status, to_status, actor_type, actor_id, note, created_at }: Row) => ({
  id,
  from_status,
  to_status,
  actor_type,
  actor_id,
  note,
  created_at,
})

/** A request with its history, for the detail routes; null when none has this id (the routes answer 404). */
export async function retrieveCustomCakeRow(query: Query, id: string) {
  const { data } = await query.graph({ entity: "custom_cake_request", fields: [...CUSTOM_CAKE_FIELDS, "history.*"], filters: { id } })
  const row = data[0] as Row | undefined
  if (!row) return null
  const history = [...(row.history ?? [])].sort((a: Row, b: Row) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  return { row, history }
}
