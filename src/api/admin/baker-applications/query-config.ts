/** An application as staff see it; the withdraw token's hash stays out. */
export const ADMIN_BAKER_APPLICATION_FIELDS = [
  "id",
  "applicant_name",
  "email",
  "phone",
  "telegram_user_id",
  "bio",
  "new_bakery",
  "bakery_id",
  "bakery.id",
  "bakery.name",
  "bakery.handle",
  "status",
  "decided_by",
  "decided_at",
  "rejection_reason",
  "created_at",
  "updated_at",
]

export const listBakerApplicationsQueryConfig = { defaults: ADMIN_BAKER_APPLICATION_FIELDS, isList: true }

/** One application also shows its history, oldest first. */
export const ADMIN_BAKER_APPLICATION_DETAIL_FIELDS = [
  ...ADMIN_BAKER_APPLICATION_FIELDS,
  "history.id",
  "history.from_status",
  "history.to_status",
  "history.actor_type",
  "history.actor_id",
  "history.note",
  "history.created_at",
]
