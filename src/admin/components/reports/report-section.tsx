import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export const Message = ({ children, error }: { children: ReactNode; error?: boolean }) => (
  <Text size="small" className={`px-6 py-4 ${error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
    {children}
  </Text>
)

type State = { isPending: boolean; isError: boolean; error: Error | null; isFetching: boolean }

type Props = {
  title: string
  description: string
  state: State
  /** Controls and downloads at the right of the heading. */
  actions?: ReactNode
  /** Shown instead of the figures when the range has none. */
  empty: string | null
  children: ReactNode
}

/**
 * One report: its heading, then a loading placeholder, the server's error, the empty message or the figures. Figures of
 * the previous range stay (dimmed) while a new range loads.
 */
export const ReportSection = ({ title, description, state, actions, empty, children }: Props) => (
  <Container className="divide-y p-0" role="region" aria-label={title} aria-busy={state.isFetching}>
    <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
    {state.isPending ? (
      <div className="flex flex-col gap-y-2 px-6 py-4" aria-label={`Loading ${title}`}>
        <Skeleton className="h-5 w-1/3" />
        <Skeleton className="h-32 w-full" />
      </div>
    ) : state.isError ? (
      <Message error>
        Could not load the {title.toLowerCase()} report: {state.error?.message ?? "unknown error"}. Change the range or reload the page.
      </Message>
    ) : empty ? (
      <Message>{empty}</Message>
    ) : (
      <div className={`divide-y ${state.isFetching ? "opacity-60" : ""}`}>{children}</div>
    )}
  </Container>
)
