import rule from "../../src/rules/batch-duplicate-file.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "different files", batch: [{ path: "a.xlsx", sha256: "1", bytes: 9, tables: [] }, { path: "b.xlsx", sha256: "2", bytes: 9, tables: [] }] },
    { name: "two empty files are left to the reader's finding", batch: [{ path: "a.csv", sha256: "e", bytes: 0, tables: [] }, { path: "b.csv", sha256: "e", bytes: 0, tables: [] }] },
  ],
  invalid: [
    {
      name: "the later copy in path order names the first",
      batch: [
        { path: "d/b.xlsx", sha256: "same", bytes: 9, tables: [] },
        { path: "d/a.xlsx", sha256: "same", bytes: 9, tables: [] },
        { path: "d/c.xlsx", sha256: "other", bytes: 9, tables: [] },
      ],
      errors: [{ messageId: "duplicateFile", path: "d/b.xlsx", data: { file: "d/b.xlsx", other: "d/a.xlsx" } }],
    },
  ],
});
