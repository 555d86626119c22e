/** Bad training data, parameters or prediction input; the message names the offending row, column or parameter. */
export class GbrtInputError extends Error {
  name = "GbrtInputError"
}

export function assertFiniteVector(values: readonly number[], name: string): void {
  if (!Array.isArray(values)) throw new GbrtInputError(`${name} must be an array of numbers`)
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== "number" || !Number.isFinite(values[i])) {
      throw new GbrtInputError(`${name}[${i}] is ${String(values[i])}; values must be finite numbers`)
    }
  }
}

/** A non-empty matrix whose rows all have the first row's length (at least one column) and finite values. */
export function assertMatrix(rows: readonly (readonly number[])[], name: string): number {
  if (!Array.isArray(rows) || rows.length === 0) throw new GbrtInputError(`${name} must have at least one row`)
  const width = Array.isArray(rows[0]) ? rows[0].length : 0
  if (width === 0) throw new GbrtInputError(`${name}[0] must be a non-empty array of numbers`)
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width) {
      const got = Array.isArray(row) ? `${row.length} values` : "not an array"
      throw new GbrtInputError(`${name}[${i}] has ${got}; every row needs ${width} values (the length of ${name}[0])`)
    }
    assertFiniteVector(row, `${name}[${i}]`)
  })
  return width
}
