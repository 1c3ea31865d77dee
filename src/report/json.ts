import type { Reporter } from "./types.js";

/** The report exactly as the library returns it (the documented JSON contract). */
const json: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
export default json;
