import { backoffDelay, withRetries, type RetryPolicy } from "../retry"

const POLICY: RetryPolicy = { maxAttempts: 4, firstDelayMs: 100, maxDelayMs: 250 }

class Transient extends Error {}

/** An operation that fails with `failures` in turn, then answers "sent"; it counts its tries. */
function scripted(...failures: Error[]) {
  const operation = jest.fn(async () => {
    const failure = failures.shift()
    if (failure) throw failure
    return "sent"
  })
  return operation
}

function run(operation: () => Promise<string>, policy = POLICY) {
  const waits: number[] = []
  const retries: number[] = []
  const result = withRetries(operation, policy, {
    isTransient: (error) => error instanceof Transient,
    onRetry: (_error, attempt) => void retries.push(attempt),
    sleep: async (ms) => void waits.push(ms),
  })
  return { result, waits, retries }
}

describe("backoffDelay", () => {
  it("doubles from the first delay and stops at the cap", () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(POLICY, attempt))).toEqual([100, 200, 250, 250])
    expect(backoffDelay({ ...POLICY, firstDelayMs: 0 }, 3)).toBe(0)
  })
})

describe("withRetries", () => {
  it("answers at once when the first try succeeds", async () => {
    const operation = scripted()
    const { result, waits } = run(operation)
    await expect(result).resolves.toBe("sent")
    expect(operation).toHaveBeenCalledTimes(1)
    expect(waits).toEqual([])
  })

  it("tries again after transient failures, waiting longer each time", async () => {
    const operation = scripted(new Transient("429"), new Transient("503"))
    const { result, waits, retries } = run(operation)
    await expect(result).resolves.toBe("sent")
    expect(operation).toHaveBeenCalledTimes(3)
    expect(waits).toEqual([100, 200])
    expect(retries).toEqual([1, 2])
  })

  it("gives up after maxAttempts tries and throws the last failure", async () => {
    const last = new Transient("still down")
    const operation = scripted(new Transient("1"), new Transient("2"), new Transient("3"), last, new Transient("5"))
    const { result, waits } = run(operation)
    await expect(result).rejects.toBe(last)
    expect(operation).toHaveBeenCalledTimes(4)
    expect(waits).toEqual([100, 200, 250])
  })

  it("does not try again after a failure that would only repeat", async () => {
    const refused = new Error("invalid number")
    const operation = scripted(new Transient("429"), refused)
    const { result, waits } = run(operation)
    await expect(result).rejects.toBe(refused)
    expect(operation).toHaveBeenCalledTimes(2)
    expect(waits).toEqual([100])
  })
})
