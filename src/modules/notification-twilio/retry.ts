/** How often and how patiently one call is tried. */
export type RetryPolicy = {
  /** Tries in all, the first included. */
  maxAttempts: number
  /** The wait before the first retry; it doubles for each later one. */
  firstDelayMs: number
  /** No wait is longer than this. */
  maxDelayMs: number
}

export type RetryHooks = {
  /** Whether a failure may pass if tried again (a rate limit, an outage), as opposed to one that will repeat. */
  isTransient(error: unknown): boolean
  /** Told before each wait, e.g. to log it. */
  onRetry?(error: unknown, failedAttempt: number, delayMs: number): void
  /** Replaceable so unit tests need not wait. */
  sleep?(ms: number): Promise<void>
}

/** The wait after the `failedAttempt`-th try: first, twice that, four times, … capped. */
export function backoffDelay(policy: RetryPolicy, failedAttempt: number): number {
  return Math.min(policy.firstDelayMs * 2 ** (failedAttempt - 1), policy.maxDelayMs)
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Runs `operation` until it succeeds, fails for good, or has had `maxAttempts` tries; then the last failure is thrown. */
export async function withRetries<T>(operation: (attempt: number) => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  const sleep = hooks.sleep ?? realSleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (attempt >= policy.maxAttempts || !hooks.isTransient(error)) throw error
      const delayMs = backoffDelay(policy, attempt)
      hooks.onRetry?.(error, attempt, delayMs)
      await sleep(delayMs)
    }
  }
}
