import { ArrowDownTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"

/** Downloads a report table as CSV; a plain link, so the browser sends the admin's session cookie. */
export const CsvLink = ({ href, table }: { href: string; table: string }) => (
  <Button size="small" variant="secondary" asChild>
    <a href={href} download aria-label={`Download ${table} as CSV`}>
      <ArrowDownTray />
      Download CSV
    </a>
  </Button>
)
