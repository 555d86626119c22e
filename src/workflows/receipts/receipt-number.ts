/** Receipt numbers are printed with six digits at least: 42 → "000042". Import-free: the admin widget uses it too. */
export const formatReceiptNumber = (number: number) => String(number).padStart(6, "0")
