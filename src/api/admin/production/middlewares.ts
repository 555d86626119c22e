import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSetStaffChat } from "../staff-chats/validators"
import { AdminKpisQuery, AdminListTicketsQuery, AdminMoveTicket, AdminTicketStreamQuery } from "./validators"

// The routes read the staff-channel module themselves; the query configs only satisfy validateAndTransformQuery.
const listConfig = { defaults: ["id"], isList: true }
const readConfig = { defaults: ["id"], isList: false }

/** The kitchen's admin routes: production tickets, their live stream and KPIs, and the sellers' staff chats. */
export const adminProductionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/production/tickets", middlewares: [validateAndTransformQuery(AdminListTicketsQuery, listConfig)] },
  { method: ["POST"], matcher: "/admin/production/tickets/:id/transitions", middlewares: [validateAndTransformBody(AdminMoveTicket)] },
  { method: ["GET"], matcher: "/admin/production/kpis", middlewares: [validateAndTransformQuery(AdminKpisQuery, readConfig)] },
  { method: ["GET"], matcher: "/admin/production/stream", middlewares: [validateAndTransformQuery(AdminTicketStreamQuery, readConfig)] },
  { method: ["POST"], matcher: "/admin/staff-chats", middlewares: [validateAndTransformBody(AdminSetStaffChat)] },
]
