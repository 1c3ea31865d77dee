/** Output formats by name. Each reporter module is imported only when asked for (cold start is measured). */
import type { Reporter } from "./types.js";

export const FORMATS = ["stylish", "compact", "json", "jsonl", "sarif", "junit", "github", "gitlab", "markdown", "html"] as const;
export type Format = (typeof FORMATS)[number];

const LOADERS: Record<Format, () => Promise<{ default: Reporter }>> = {
  stylish: () => import("./stylish.js"),
  compact: () => import("./compact.js"),
  json: () => import("./json.js"),
  jsonl: () => import("./jsonl.js"),
  sarif: () => import("./sarif.js"),
  junit: () => import("./junit.js"),
  github: () => import("./github.js"),
  gitlab: () => import("./gitlab.js"),
  markdown: () => import("./markdown.js"),
  html: () => import("./html.js"),
};

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** The reporter for a format name; an unknown name throws an Error listing the formats (the CLI exits 2). */
export async function getReporter(name: string): Promise<Reporter> {
  if (!isFormat(name)) {
    throw new Error(`未知的输出格式 "${name}"；可用格式：${FORMATS.join(", ")} / Unknown format "${name}"; formats: ${FORMATS.join(", ")}`);
  }
  return (await LOADERS[name]()).default;
}

export type { Reporter, ReportContext } from "./types.js";
