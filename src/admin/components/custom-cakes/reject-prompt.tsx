import { Button, Label, Prompt, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { type AdminCustomCake, useRejectCustomCake } from "../../hooks/custom-cakes"
import { isReasonLongEnough, MIN_REASON_LENGTH } from "./decision-form"

/** Rejects a pending request with a written reason; stays open with the server's message when the request fails. */
export const RejectPrompt = ({ cake }: { cake: AdminCustomCake }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const { mutateAsync, isPending } = useRejectCustomCake(cake.id)

  const openChange = (next: boolean) => {
    if (!next) setReason("")
    setOpen(next)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await mutateAsync({ reason: reason.trim() }).then(
      () => {
        toast.success("Custom cake rejected")
        openChange(false)
      },
      (error: Error) => toast.error(error.message)
    )
  }

  return (
    <>
      <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
        Reject
      </Button>
      <Prompt open={open} onOpenChange={openChange} variant="danger">
        <Prompt.Content>
          <form onSubmit={submit}>
            <Prompt.Header>
              <Prompt.Title>Reject #{cake.display_id}?</Prompt.Title>
              <Prompt.Description>Write why the shop cannot make this cake; the reason is kept with the request.</Prompt.Description>
            </Prompt.Header>
            <div className="flex flex-col gap-y-2 px-6 pt-4">
              <Label htmlFor="custom-cake-reject-reason" size="small" weight="plus">
                Reason
              </Label>
              <Textarea
                id="custom-cake-reject-reason"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                autoFocus
              />
              <Text size="xsmall" className="text-ui-fg-subtle">
                At least {MIN_REASON_LENGTH} characters.
              </Text>
            </div>
            <Prompt.Footer>
              <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
              <Button type="submit" variant="danger" size="small" disabled={!isReasonLongEnough(reason)} isLoading={isPending}>
                Reject
              </Button>
            </Prompt.Footer>
          </form>
        </Prompt.Content>
      </Prompt>
    </>
  )
}
