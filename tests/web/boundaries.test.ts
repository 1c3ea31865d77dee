/**
 * One library, two front ends: the lint rule that keeps Node out of the layers the page bundles does fire —
 * on a built-in import, on Buffer/process, on pbm's own Node parts — and leaves the Node parts alone.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/web-page.js";

const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return result.messages.filter((m) => m.ruleId === "no-restricted-syntax" || m.ruleId === "no-restricted-globals").map((m) => m.message);
}

describe("browser-safe layers", () => {
  const bad = [
    `import { readFileSync } from "node:fs";`,
    `import path from "path";`,
    `export { createHash } from "crypto";`,
    `export const a = () => import("node:os");`,
    `import { readWorkbook } from "../read/index.js";`,
    `import { loadConfig } from "../config/load.js";`,
    `import { validateFiles } from "../api/validate-files.js";`,
    `export const b = Buffer.from("x");`,
    `export const c = process.cwd();`,
  ];
  for (const folder of ["src/read/x.ts", "src/locate/x.ts", "src/normalize/x.ts", "src/rules/x.ts", "src/engine/x.ts", "src/report/x.ts", "src/model/x.ts", "src/web/x.ts", "src/semantic/x.ts"]) {
    it(`${folder.split("/")[1]}: each Node-only use is an error`, async () => {
      for (const code of bad) expect(await problems(folder, code), `${folder}: ${code}`).toHaveLength(1);
      expect(await problems(folder, `import { a1 } from "../model/a1.js";\nimport * as XLSX from "xlsx";\nexport const d = [a1, XLSX];`)).toEqual([]);
    });
  }

  it("the Node parts may use Node", async () => {
    expect(await problems("src/read/file.ts", `import { readFileSync } from "node:fs";\nexport const e = [readFileSync, Buffer];`)).toEqual([]);
    expect(await problems("src/api/x.ts", `import { readFileSync } from "node:fs";\nexport const f = readFileSync;`)).toEqual([]);
  });
});
