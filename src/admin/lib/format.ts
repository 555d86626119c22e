import type { AdminBakerApplication, AdminBakery } from "./types"

export const formatRating = ({ rating_average, rating_count }: Pick<AdminBakery, "rating_average" | "rating_count">) =>
  rating_count ? `${rating_average.toFixed(1)} (${rating_count})` : "No reviews"

export const formatDateTime = (value: string | null) =>
  value ? new Date(value).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "-"

export const bakeryNameOf = (application: AdminBakerApplication) =>
  application.new_bakery ? `${application.new_bakery.name} (new)` : application.bakery?.name ?? "-"
