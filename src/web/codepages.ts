/** The page reads old .xls files (BIFF5, GBK text) too: SheetJS's codepage tables are bundled into it. */
import * as cptable from "xlsx/dist/cpexcel.full.mjs";
import { useCodepages } from "../read/bytes.js";

export function useBundledCodepages(): void {
  useCodepages(() => cptable);
}
