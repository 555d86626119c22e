/** Nearest-rank percentile of durations in milliseconds. */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export function formatTable(timings: Map<string, number[]>): string {
  const rows = [["step", "n", "p50 ms", "p95 ms", "max ms"]]
  for (const [step, samples] of timings) {
    rows.push([step, String(samples.length), ...[50, 95, 100].map((p) => percentile(samples, p).toFixed(1))])
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ")).join("\n")
}
