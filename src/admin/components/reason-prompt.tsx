import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmText: string
  isPending: boolean
  /** Resolves when the request is done; the prompt closes only after it succeeded. */
  onConfirm: (reason: string) => Promise<unknown>
}

/** A confirmation that needs a written reason (suspending a bakery, rejecting an application). */
export const ReasonPrompt = ({ open, onOpenChange, title, description, confirmText, isPending, onConfirm }: Props) => {
  const [reason, setReason] = useState("")
  const openChange = (next: boolean) => {
    if (!next) setReason("")
    onOpenChange(next)
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await onConfirm(reason.trim()).then(
      () => openChange(false),
      () => undefined
    )
  }
  return (
    <Prompt open={open} onOpenChange={openChange} variant="danger">
      <Prompt.Content>
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pt-4">
            <Label htmlFor="reason-prompt-reason" size="small" weight="plus">
              Reason
            </Label>
            <Textarea id="reason-prompt-reason" value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
            <Button type="submit" variant="danger" size="small" disabled={!reason.trim()} isLoading={isPending}>
              {confirmText}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
