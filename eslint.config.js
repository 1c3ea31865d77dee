// Lint config. The import restrictions below encode the pipeline's direction:
// read → locate → normalize → rules → report, with the CLI on top and imported by nothing.
import { builtinModules } from "node:module";
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

// One library, two front ends: the CLI and the page in the browser (src/web, `npm run build:web`) run the
// same reader, normalizer, rules and reporters. These folders may use nothing Node-only — no built-in module,
// no Buffer/process — nor import the Node parts (files on disk, config files, workers, the CLI).
const BROWSER_SAFE = [
  "src/read/**/*.ts",
  "src/grammar/**/*.ts",
  "src/locate/**/*.ts",
  "src/normalize/**/*.ts",
  "src/rules/**/*.ts",
  "src/semantic/**/*.ts",
  "src/engine/**/*.ts",
  "src/report/**/*.ts",
  "src/model/**/*.ts",
  "src/i18n/**/*.ts",
  "src/web/**/*.ts",
];
const NODE_PARTS = ["src/read/file.ts", "src/read/index.ts", "src/web/build/**/*.ts"];
const builtins = builtinModules.filter((m) => !m.startsWith("_")).map((m) => m.replace(/[/]/g, "\\/"));
const nodeOnly = `/^(node:.*|(${builtins.join("|")})(\\/.*)?|(.*\\/read|\\.)\\/(file|index)\\.js|.*\\/(api|cli|audit|fix)\\/.*|.*\\/config\\/(load|resolve)\\.js)$/`;
const browserSafeMessage = "This layer runs in the browser too (src/web): no Node built-ins and none of pbm's Node parts (read/file, api, config/load …).";
const browserSafe = {
  files: BROWSER_SAFE,
  ignores: NODE_PARTS,
  rules: {
    "no-restricted-syntax": [
      "error",
      ...["ImportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ImportExpression"].map((node) => ({
        selector: `${node}[source.value=${nodeOnly}]`,
        message: browserSafeMessage,
      })),
    ],
    "no-restricted-globals": [
      "error",
      ...["Buffer", "process", "require", "module", "__dirname", "__filename", "global", "setImmediate"].map((name) => ({ name, message: browserSafeMessage })),
    ],
  },
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
    files: ["src/semantic/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...noFs, patterns: [layer(["read", "locate", "normalize", "rules", "engine", "report", "config", "api", "audit", "fix", "i18n", "cli"], "semantic/ computes the facts rules read: it imports model/ and grammar/ only.")] },
      ],
    },
  },
  {
    files: ["src/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...noFs,
          patterns: [
            layer(
              ["read", "locate", "normalize", "semantic", "engine", "report", "config", "api", "audit", "fix", "i18n", "cli"],
              "Rules are pure functions of a table and its semantic facts: they import model/ (records, findings, the semantic types), grammar/ and rules/utils only; the facts come through the rule context, not from semantic/.",
            ),
          ],
        },
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
  browserSafe,
);
