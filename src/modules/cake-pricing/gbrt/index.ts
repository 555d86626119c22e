export * from "./boosting"
export * from "./metrics"
export { GbrtInputError } from "./validate"
export type { SerializedTree } from "./tree"
