import { INVALID_STATUS_TRANSITION } from "../../lib/status-transitions"

/** Stable codes in 4xx bodies (and callback answers) of the staff channel; README.md says when each is answered. */
export const StaffChannelErrorCodes = {
  INVALID_STATUS_TRANSITION,
  TICKET_ALREADY_TAKEN: "TICKET_ALREADY_TAKEN",
  COURIER_ALREADY_ASSIGNED: "COURIER_ALREADY_ASSIGNED",
  NOT_A_CHAT_MEMBER: "NOT_A_CHAT_MEMBER",
  NOT_TICKET_OWNER: "NOT_TICKET_OWNER",
  CANCEL_REASON_REQUIRED: "CANCEL_REASON_REQUIRED",
  STAFF_CHAT_NOT_SET: "STAFF_CHAT_NOT_SET",
} as const
