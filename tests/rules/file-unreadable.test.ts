import rule from "../../src/rules/file-unreadable.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { readRecords } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [{ name: "a readable file", file: readRecords("项目名称\t测试\n") }],
  invalid: [
    {
      name: "the reader's message is kept, in the user's language",
      file: { path: "/x/坏.xlsx", format: null, encoding: null, error: { code: "corrupt", message: "文件已损坏，无法打开：/x/坏.xlsx（截断）。" }, tables: [] },
      errors: [{ messageId: "corrupt", data: { file: "/x/坏.xlsx", code: "corrupt" } }],
    },
    {
      name: "an unknown code reads as corrupt",
      file: { path: "a.bin", format: null, encoding: null, error: { code: "strange", message: "无法读取" }, tables: [] },
      errors: [{ messageId: "corrupt", data: { code: "strange" } }],
    },
  ],
});
