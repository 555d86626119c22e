export { BAKERY_FIELDS } from "../../../modules/bakery/fields"

export const BAKER_FIELDS = ["id", "name", "email", "phone", "telegram_user_id", "role", "created_at"]

