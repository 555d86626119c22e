import { Button, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useApproveBakerApplication, useRejectBakerApplication } from "../hooks/baker-applications"
import type { AdminBakerApplication } from "../lib/types"
import { ReasonPrompt } from "./reason-prompt"

/** Approve and Reject for a pending application; a 4xx answer shows the server's message. */
export const ApplicationDecision = ({ application }: { application: AdminBakerApplication }) => {
  const [rejecting, setRejecting] = useState(false)
  const prompt = usePrompt()
  const approve = useApproveBakerApplication(application.id)
  const reject = useRejectBakerApplication(application.id)

  const confirmApprove = async () => {
    const confirmed = await prompt({
      title: "Approve application?",
      description: application.new_bakery
        ? `This creates the bakery ${application.new_bakery.name} and invites ${application.applicant_name} as its owner.`
        : `This adds ${application.applicant_name} to ${application.bakery?.name ?? "the bakery"} and sends an invite.`,
      confirmText: "Approve",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    await approve.mutateAsync({}).then(
      () => toast.success("Application approved"),
      (error: Error) => toast.error(error.message)
    )
  }

  return (
    <>
      <Button variant="secondary" size="small" onClick={() => setRejecting(true)} disabled={approve.isPending}>
        Reject
      </Button>
      <Button size="small" onClick={confirmApprove} isLoading={approve.isPending}>
        Approve
      </Button>
      <ReasonPrompt
        open={rejecting}
        onOpenChange={setRejecting}
        title="Reject application?"
        description={`${application.applicant_name} is told the reason you write here.`}
        confirmText="Reject"
        isPending={reject.isPending}
        onConfirm={(reason) =>
          reject.mutateAsync({ reason }).then(
            () => toast.success("Application rejected"),
            (error: Error) => {
              toast.error(error.message)
              throw error
            }
          )
        }
      />
    </>
  )
}
