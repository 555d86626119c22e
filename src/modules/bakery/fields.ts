/** What anyone may see of a bakery: customers get exactly these, without status or staff data. */
export const BAKERY_PUBLIC_FIELDS = [
  "id",
  "handle",
  "name",
  "description",
  "phone",
  "address",
  "latitude",
  "longitude",
  "timezone",
  "opening_hours",
  "rating_average",
  "rating_count",
  "logo_url",
]

/** What staff and the bakery's own bakers see; rating and status change only through their own workflows. */
export const BAKERY_FIELDS = [...BAKERY_PUBLIC_FIELDS, "status", "suspension_reason", "vat_rate", "created_at", "updated_at"]
