/**
 * Config file text → value, with the line and column of every setting for messages. JSON through
 * jsonc-parser (strict for .json; comments and trailing commas allowed in .jsonc), YAML through yaml.
 * A syntax error is a ConfigError naming file:line:col and what is wrong there, for a clerk first.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { Localized } from "../model/finding.js";
import { format } from "../i18n/format.js";
import { ConfigError, type ConfigPosition } from "./error.js";

export type ConfigFormat = "json" | "jsonc" | "yaml";
type ConfigPath = readonly PropertyKey[];

export interface ParsedConfig {
  value: unknown;
  /** Where the setting at `path` is written (its key, for an object's field); null when it is not in the file. */
  locate: (path: ConfigPath) => ConfigPosition | null;
}

export function configFormat(file: string): ConfigFormat {
  if (/\.ya?ml$/i.test(file)) return "yaml";
  return /\.json$/i.test(file) ? "json" : "jsonc";
}

const SYNTAX: Localized = { zh: "配置文件 {at} 不是有效的 {format}：{reason}", en: "Config file {at} is not valid {format}: {reason}" };

/** jsonc-parser's error codes, said for a clerk. */
const JSON_REASONS: Record<string, Localized> = {
  InvalidSymbol: { zh: "这里有无法识别的内容（文字要用英文双引号括起来）", en: "unexpected symbol (text needs double quotes)" },
  InvalidNumberFormat: { zh: "数字格式不正确", en: "invalid number" },
  PropertyNameExpected: { zh: "这里应是用英文双引号括起的字段名，如 \"rules\"", en: "a property name in double quotes was expected" },
  ValueExpected: { zh: "这里缺少值", en: "a value was expected" },
  ColonExpected: { zh: "字段名后缺少冒号 :", en: "a colon was expected" },
  CommaExpected: { zh: "两项之间缺少逗号 ,", en: "a comma was expected" },
  CloseBraceExpected: { zh: "缺少右花括号 }", en: "a closing } was expected" },
  CloseBracketExpected: { zh: "缺少右方括号 ]", en: "a closing ] was expected" },
  EndOfFileExpected: { zh: "这里之后不应再有内容", en: "the file should end here" },
  InvalidCommentToken: {
    zh: "JSON 文件中不能写注释（要写注释，请把文件改名为 pbm.config.jsonc）",
    en: "comments are not allowed in JSON (rename the file to pbm.config.jsonc to use them)",
  },
  UnexpectedEndOfComment: { zh: "注释没有结束（缺少 */）", en: "unterminated comment" },
  UnexpectedEndOfString: { zh: "文字缺少结尾的双引号", en: "unterminated string" },
  UnexpectedEndOfNumber: { zh: "数字不完整", en: "incomplete number" },
  InvalidUnicode: { zh: "无效的 \\u 转义", en: "invalid \\u escape" },
  InvalidEscapeCharacter: { zh: "无效的转义字符（反斜杠 \\ 要写成 \\\\）", en: "invalid escape character (write a backslash as \\\\)" },
  InvalidCharacter: { zh: "文字中有不允许的控制字符（如换行或 Tab）", en: "control character in a string" },
};
const UNEXPECTED_END: Localized = { zh: "文件没有写完（可能缺少 } 或 ]）", en: "unexpected end of file (a } or ] may be missing)" };
const TRAILING_COMMA: Localized = { zh: "最后一项后面多了逗号", en: "trailing comma after the last item" };
const DUPLICATE: Localized = { zh: "字段 {key} 重复（第 {line} 行已有）", en: "duplicate key {key} (already on line {line})" };

/** yaml's error codes that a clerk is likely to meet; others show yaml's own message. */
const YAML_REASONS: Record<string, Localized> = {
  DUPLICATE_KEY: { zh: "字段重复", en: "duplicate key" },
  TAB_AS_INDENT: { zh: "不能用 Tab 缩进，请改用空格", en: "tabs are not allowed as indentation" },
  BAD_INDENT: { zh: "缩进不正确", en: "bad indentation" },
  BLOCK_AS_IMPLICIT_KEY: { zh: "缩进不正确（同一层的字段要左对齐）", en: "bad indentation (keys of one level must line up)" },
  MULTILINE_IMPLICIT_KEY: { zh: "缩进不正确（同一层的字段要左对齐）", en: "bad indentation (keys of one level must line up)" },
  MISSING_CHAR: { zh: "缺少结尾的引号或括号", en: "a closing quote or bracket is missing" },
};

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number): ConfigPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function syntaxError(file: string, fmt: ConfigFormat, pos: ConfigPosition, reason: Localized, data: Record<string, string | number> = {}): ConfigError {
  const at = `${file}:${pos.line}:${pos.column}`;
  const name = fmt === "yaml" ? "YAML" : fmt === "jsonc" ? "JSONC" : "JSON";
  return new ConfigError({
    zh: format(SYNTAX.zh, { at, format: name, reason: format(reason.zh, data) }),
    en: format(SYNTAX.en, { at, format: name, reason: format(reason.en, data) }),
  });
}

export function parseConfigText(raw: string, file: string, fmt: ConfigFormat = configFormat(file)): ParsedConfig {
  // Editors do not count the byte-order mark as a column.
  const text = raw.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { value: {}, locate: () => null };
  return fmt === "yaml" ? parseYaml(text, file) : parseJson(text, file, fmt);
}

function parseJson(text: string, file: string, fmt: ConfigFormat): ParsedConfig {
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  const lenient = fmt === "jsonc";
  const root = parseTree(text, errors, { disallowComments: !lenient, allowTrailingComma: lenient, allowEmptyContent: false });
  if (errors.length) {
    const e = errors[0];
    const code = printParseErrorCode(e.error);
    // `{"a": 1,}`: the parser stops at the bracket; the mistake is the comma before it.
    const before = text.slice(0, e.offset).trimEnd();
    if ((code === "PropertyNameExpected" || code === "ValueExpected") && before.endsWith(",") && /^[}\]]/.test(text.slice(e.offset))) {
      throw syntaxError(file, fmt, positionOf(starts, before.length - 1), TRAILING_COMMA);
    }
    if (e.offset >= text.trimEnd().length) throw syntaxError(file, fmt, positionOf(starts, e.offset), UNEXPECTED_END);
    throw syntaxError(file, fmt, positionOf(starts, e.offset), JSON_REASONS[code] ?? { zh: code, en: code });
  }
  if (root) checkDuplicates(root, starts, file, fmt);
  return {
    value: root ? nodeValue(root) : {},
    locate: (path) => {
      if (!root) return null;
      for (let n = path.length; n >= 0; n--) {
        const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
        if (!node) continue;
        // An object's field is shown at its key, where the mistake is usually typed.
        const key = node.parent?.type === "property" && n > 0 ? node.parent.children?.[0] : undefined;
        return positionOf(starts, (key ?? node).offset);
      }
      return null;
    },
  };
}

/** JSON.parse keeps the last of two equal keys without a word; a config that says `rules` twice loses half. */
function checkDuplicates(node: Node, starts: number[], file: string, fmt: ConfigFormat): void {
  if (node.type === "object") {
    const seen = new Map<string, number>();
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0];
      if (!key) continue;
      const name = String(key.value);
      const first = seen.get(name);
      if (first !== undefined) throw syntaxError(file, fmt, positionOf(starts, key.offset), DUPLICATE, { key: name, line: positionOf(starts, first).line });
      seen.set(name, key.offset);
    }
  }
  for (const child of node.children ?? []) checkDuplicates(child, starts, file, fmt);
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case "object": {
      // Own keys only: a key named __proto__ stays a (rejected) key, never a prototype.
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) Object.defineProperty(out, String(k.value), { value: nodeValue(v), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "array":
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function parseYaml(text: string, file: string): ParsedConfig {
  const lc = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number): ConfigPosition => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    const own = e.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
    const reason = YAML_REASONS[e.code] ?? { zh: `YAML 语法错误（${own}）`, en: own };
    throw syntaxError(file, "yaml", pos(e.pos[0]), reason);
  }
  return {
    value: doc.toJS({ maxAliasCount: 100 }) ?? {},
    locate: (path) => {
      let node: unknown = doc.contents;
      let at: number | undefined = (doc.contents as { range?: number[] } | null)?.range?.[0];
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
          if (!pair) break;
          at = (pair.key as { range?: number[] } | null)?.range?.[0] ?? at;
          node = pair.value;
        } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
          node = node.items[key];
          at = (node as { range?: number[] }).range?.[0] ?? at;
        } else break;
      }
      return at === undefined ? null : pos(at);
    },
  };
}
