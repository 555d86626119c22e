import type { OpeningHours } from "../../modules/bakery/opening-hours"
import type { ApplicationStatus, BakeryStatus } from "../../modules/bakery/transitions"
import type { NewBakeryDetails } from "../../workflows/baker-application/steps/create-baker-application"

export type { ApplicationStatus, BakeryStatus, NewBakeryDetails, OpeningHours }

/** A bakery as the admin API answers it. */
export type AdminBakery = {
  id: string
  handle: string
  name: string
  description: string | null
  phone: string | null
  address: string | null
  latitude: number | null
  longitude: number | null
  timezone: string
  opening_hours: OpeningHours | null
  status: BakeryStatus
  suspension_reason: string | null
  rating_average: number
  rating_count: number
  logo_url: string | null
  product_count?: number
  bakers?: AdminBaker[]
  created_at: string
}

export type AdminBaker = { id: string; name: string; email: string; phone: string | null; role: "owner" | "staff" }

export type AdminBakeryUpdate = Partial<
  Pick<AdminBakery, "name" | "description" | "phone" | "address" | "timezone" | "opening_hours" | "logo_url">
>


export type ApplicationStatusChange = {
  id: string
  from_status: ApplicationStatus | null
  to_status: ApplicationStatus
  actor_type: "applicant" | "user" | "system"
  actor_id: string | null
  note: string | null
  created_at: string
}

export type AdminBakerApplication = {
  id: string
  applicant_name: string
  email: string
  phone: string
  telegram_user_id: string | null
  bio: string | null
  new_bakery: NewBakeryDetails | null
  bakery?: Pick<AdminBakery, "id" | "name" | "handle"> | null
  bakery_id?: string | null
  status: ApplicationStatus
  decided_by: string | null
  decided_at: string | null
  rejection_reason: string | null
  history?: ApplicationStatusChange[]
  created_at: string
}

export type Paginated<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }
