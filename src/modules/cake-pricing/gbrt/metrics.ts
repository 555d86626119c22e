import { assertFiniteVector, GbrtInputError } from "./validate"

/** Splits rows that are already in time order: the last `holdoutFraction` of them (rounded) is the holdout. */
export function timeOrderedSplit<T>(rows: T[], holdoutFraction: number): { train: T[]; holdout: T[] } {
  if (!(holdoutFraction >= 0 && holdoutFraction <= 1)) {
    throw new GbrtInputError(`holdoutFraction must be between 0 and 1, got ${holdoutFraction}`)
  }
  const trainCount = rows.length - Math.round(rows.length * holdoutFraction)
  return { train: rows.slice(0, trainCount), holdout: rows.slice(trainCount) }
}

/**
 * Mean absolute error, mean absolute percentage error (in percent of the actual value) and mean signed error
 * (predicted − actual: positive means the model prices too high).
 */
export function regressionMetrics(
  actual: number[],
  predicted: number[]
): { mae: number; mape: number; mean_signed_error: number; count: number } {
  assertFiniteVector(actual, "actual")
  assertFiniteVector(predicted, "predicted")
  if (actual.length !== predicted.length) {
    throw new GbrtInputError(`actual has ${actual.length} values but predicted has ${predicted.length}`)
  }
  if (actual.length === 0) throw new GbrtInputError("metrics need at least one value")
  let absolute = 0
  let percentage = 0
  let signed = 0
  actual.forEach((value, i) => {
    if (value === 0) throw new GbrtInputError(`actual[${i}] is 0; percentage error is undefined for it`)
    const error = predicted[i] - value
    absolute += Math.abs(error)
    percentage += Math.abs(error / value)
    signed += error
  })
  const count = actual.length
  return { mae: absolute / count, mape: (percentage / count) * 100, mean_signed_error: signed / count, count }
}
