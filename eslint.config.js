// Lint config. The import restrictions below encode the pipeline's direction:
// read → locate → normalize → rules → report, with the CLI on top and imported by nothing.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const layer = (folders, why) => ({
  regex: `(^|/)(${folders.join("|")})/`,
  message: why,
});
const noCli = layer(["cli"], "Nothing imports the CLI: it is the thin top of the pipeline.");
const noFs = {
  paths: ["fs", "node:fs", "fs/promises", "node:fs/promises", "child_process", "node:child_process"].map((name) => ({
    name,
    message: "No I/O here: this layer is pure.",
  })),
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "fixtures/**", "bench/out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", performance: "readonly", structuredClone: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noCli] }] },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...noFs, patterns: [layer(["read", "locate", "normalize", "rules", "engine", "report", "config", "api", "audit", "fix", "cli"], "model/ is the leaf: it imports nothing from pbm.")] },
      ],
    },
  },
  {
    files: ["src/grammar/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...noFs, patterns: [layer(["read", "locate", "normalize", "rules", "engine", "report", "config", "api", "audit", "fix", "cli"], "grammar/ is the one value grammar: it imports model/ only, so every layer can use it.")] },
      ],
    },
  },
  {
    files: ["src/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...noFs, patterns: [layer(["read", "locate", "normalize", "engine", "report", "config", "api", "audit", "fix", "cli"], "Rules are pure functions of a normalized table: they import model/, grammar/ and rules/utils only.")] },
      ],
    },
  },
  {
    files: ["src/report/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...noFs, patterns: [layer(["read", "locate", "normalize", "rules", "engine", "api", "audit", "fix", "cli"], "Reporters are pure formatters of a report: they never read files or run rules.")] },
      ],
    },
  },
  {
    files: ["src/read/**/*.ts", "src/locate/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [layer(["normalize", "rules", "engine", "report", "config", "api", "audit", "fix", "cli"], "The pipeline runs one way: read → locate → normalize → rules → report.")] },
      ],
    },
  },
  {
    files: ["src/normalize/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...noFs, patterns: [layer(["read", "rules", "engine", "report", "config", "api", "audit", "fix", "cli"], "normalize turns located blocks into records; it neither reads files nor runs rules.")] },
      ],
    },
  },
);
