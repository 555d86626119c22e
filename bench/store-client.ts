/** A minimal Store API client for the benchmark: JSON over fetch, the publishable key on every call. */
export class StoreClient {
  constructor(private readonly baseUrl: string, private readonly publishableKey: string) {}

  async request<T = any>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": this.publishableKey },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
    return JSON.parse(text) as T
  }
}
