import { Button, Drawer, Label, toast } from "@medusajs/ui"
import { useState, type FormEvent, type ReactNode } from "react"

/** A labelled input; `compact` for dense forms (the cake form in a widget). */
export const Field = ({ id, label, compact = false, children }: { id: string; label: string; compact?: boolean; children: ReactNode }) => (
  <div className={compact ? "flex flex-col gap-y-1" : "flex flex-col gap-y-2"}>
    <Label htmlFor={id} size={compact ? "xsmall" : "small"} weight="plus" className={compact ? "text-ui-fg-subtle" : undefined}>
      {label}
    </Label>
    {children}
  </div>
)

/** A form of text fields, refilled from `initial` each time its drawer opens; `bind` wires an input to a field. */
export function useTextForm<F extends Record<string, string>>(initial: () => F, idPrefix: string) {
  const [form, setForm] = useState<F>(initial)
  const bind = (key: keyof F & string) => ({
    id: `${idPrefix}-${key}`,
    value: form[key],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value }),
  })
  return { form, bind, reset: () => setForm(initial()) }
}

type FormDrawerProps = {
  trigger: ReactNode
  title: string
  submitLabel: string
  successMessage: string
  isPending: boolean
  /** Refills the form when the drawer opens. */
  onOpen: () => void
  /** Throws to keep the drawer open and show the server's message. */
  onSubmit: () => Promise<void>
  children: ReactNode
}

/** A drawer holding one form: Cancel, a submit button, a toast on success, the error's message on failure. */
export const FormDrawer = ({ trigger, title, submitLabel, successMessage, isPending, onOpen, onSubmit, children }: FormDrawerProps) => {
  const [open, setOpen] = useState(false)
  const openChange = (next: boolean) => {
    if (next) onOpen()
    setOpen(next)
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await onSubmit()
      toast.success(successMessage)
      setOpen(false)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
