import { Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { EXPORT_URL, useImportStock, type ImportResult } from "./api"

/** Export the levels; import a file as a dry run first, then apply what it showed. */
export const CsvPanel = () => {
  const [csv, setCsv] = useState<string | null>(null)
  const [preview, setPreview] = useState<ImportResult | null>(null)
  const upload = useImportStock()
  const run = (dryRun: boolean) =>
    csv &&
    upload.mutate(
      { csv, dry_run: dryRun },
      {
        onSuccess: (result) => {
          setPreview(result)
          if (!dryRun) toast.success(`Applied ${result.applied}; ${result.pending_corrections.length} wait for approval`)
        },
        onError: (error) => toast.error(error.message),
      }
    )
  return (
    <div className="flex flex-col gap-y-2">
      <Text weight="plus">CSV</Text>
      <div className="flex items-center gap-x-2">
        <a href={EXPORT_URL} download>
          <Button size="small" variant="secondary">
            Export stock levels
          </Button>
        </a>
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            setPreview(null)
            setCsv((await event.target.files?.[0]?.text()) ?? null)
          }}
        />
        <Button size="small" variant="secondary" disabled={!csv} onClick={() => run(true)}>
          Dry run
        </Button>
        <Button size="small" disabled={!preview?.dry_run || !preview.changes.length} onClick={() => run(false)}>
          Apply
        </Button>
      </div>
      {preview ? (
        <Text size="small">
          {preview.changes.length} change(s), {preview.unchanged} unchanged
          {preview.changes.map((change) => (
            <span key={change.line} className="block">
              line {change.line}: {change.sku ?? change.inventory_item_id} {change.before} → {change.after}
              {change.needs_approval ? " (needs approval)" : ""}
            </span>
          ))}
        </Text>
      ) : null}
    </div>
  )
}
