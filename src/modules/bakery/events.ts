/** Events the bakery workflows emit; payloads carry ids only (subscribers read the rest through query.graph). */
export const BakeryEvents = {
  BAKERY_CREATED: "bakery.created",
  BAKERY_UPDATED: "bakery.updated",
  BAKERY_SUSPENDED: "bakery.suspended",
  BAKERY_REACTIVATED: "bakery.reactivated",
  APPLICATION_SUBMITTED: "bakery.application_submitted",
  APPLICATION_APPROVED: "bakery.application_approved",
  APPLICATION_REJECTED: "bakery.application_rejected",
  APPLICATION_WITHDRAWN: "bakery.application_withdrawn",
  REVIEW_CREATED: "bakery.review_created",
  BAKERY_DELETED: "bakery.deleted",
} as const
