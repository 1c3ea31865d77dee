/** The error of an invalid config, apart from resolve.ts so that catching it loads no zod. */
import type { Lang, Localized } from "../model/finding.js";

/** A place in the config file: line and column, 1-based (load.ts finds them in the parsed text). */
export interface ConfigPosition {
  line: number;
  column: number;
}

/** An invalid config: the CLI prints the message in the user's language and exits 2. */
export class ConfigError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = "ConfigError";
  }
  localized(lang: Lang): string {
    return this.text[lang];
  }
}
