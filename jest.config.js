const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// The layers follow Medusa's starter: TEST_TYPE picks which files run. "browser" needs a running built server
// (scripts/test.ts starts one) and Chromium.
const TEST_MATCH = {
  unit: ["<rootDir>/{src,scripts,bench,integration-tests}/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  browser: ["**/integration-tests/browser/**/*.spec.ts"],
}

const testType = process.env.TEST_TYPE ?? "unit"
if (!TEST_MATCH[testType]) {
  throw new Error(`Unknown TEST_TYPE "${testType}"; expected one of ${Object.keys(TEST_MATCH).join(", ")}`)
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: TEST_MATCH[testType],
  // module tests are unit-named files excluded so a unit spec never boots a database
  testPathIgnorePatterns: testType === "integration:modules" ? ["\\.unit\\.spec\\.[jt]s$"] : [],
}
