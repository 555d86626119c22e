/** An email address or phone number as logs and staff may show it: enough to recognise, not to contact. */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf("@")
  if (at > 0) return `${recipient[0]}***${recipient.slice(at)}`
  const digits = recipient.replace(/\D/g, "")
  if (digits.length >= 7) return `+${digits.slice(0, 5)} *** ** ${digits.slice(-2)}`
  return "***"
}
