import type { CreateNotificationDTO, FilterableNotificationProps, INotificationModuleService } from "@medusajs/framework/types"

/** Notifications by key; Medusa's filter type leaves the key out, though its module filters by it for idempotency. */
export const byKey = (idempotency_key: string, status?: "success") => ({ idempotency_key, ...(status && { status }) }) as FilterableNotificationProps

/**
 * Sends one keyed notification through Medusa's Notification module and says whether it went out. The key makes it
 * once only: one already sent (or being sent by a concurrent run, which then owns its fallback) is not sent again and
 * counts as sent; a failed one is tried again. A failure is recorded by Medusa with status "failure".
 */
export async function deliverOnce(notifications: INotificationModuleService, notification: CreateNotificationDTO & { idempotency_key: string }): Promise<boolean> {
  try {
    await notifications.createNotifications(notification)
  } catch {
    // the provider's failure (already logged, masked, by it) or the key taken by a concurrent run: the record says which
  }
  const [recorded] = await notifications.listNotifications(byKey(notification.idempotency_key), { select: ["status"] })
  return recorded?.status === "success" || recorded?.status === "pending"
}
