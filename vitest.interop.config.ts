import { defineConfig } from "vitest/config";
import base, { INTEROP_TESTS } from "./vitest.config.js";

/** `npm run test:interop`: what pbm writes, opened by a real office suite (LibreOffice's soffice on PATH). */
export default defineConfig({ test: { ...base.test, include: [INTEROP_TESTS], exclude: [] } });
