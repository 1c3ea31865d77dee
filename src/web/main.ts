/**
 * The page for clerks (dist/web/pbm.html): drop or pick workbooks, see each table as the sheet shows it with
 * its problem cells marked, the findings beside it, and what each rule means and how to fix it. Everything
 * runs here, in the browser, with the CLI's own reader, rules and reporters; nothing is sent anywhere.
 *
 * For tests and the benchmark the page exposes what it found as `window.__pbm` (the same FileReport objects
 * the CLI prints with `--format json`) and marks `<body data-state="ready">` when a batch is drawn.
 */
import { SEVERITIES, type FileReport, type Finding, type Lang, type Severity } from "../model/finding.js";
import { parseA1 } from "../model/a1.js";
import { BUILD, type DocBlock, type DocSection } from "./build-data.js";
import { checkFile, type CheckedFile } from "./check.js";
import { append, h, inline } from "./dom.js";
import { downloadHtmlReport, downloadXlsx } from "./export.js";
import { cellId, marksFor, renderTableGrid } from "./sheet-view.js";
import { SEVERITY_ICON, uiText, type UiText } from "./ui-text.js";
import { useBundledCodepages } from "./codepages.js";

interface PbmWindow {
  ready: boolean;
  files: { name: string; report: FileReport }[];
  /** The last batch, in ms: from the file input or the drop to the tables painted, and its parts. */
  timings: { files: number; totalMs: number; readMs: number; checkMs: number; renderMs: number } | null;
}

declare global {
  interface Window {
    __pbm: PbmWindow;
  }
}

interface State {
  lang: Lang;
  inputs: { name: string; bytes: Uint8Array }[];
  checked: CheckedFile[];
  current: number;
  severities: Set<Severity>;
  rule: string;
  /** Index into the current file's findings. */
  selected: number | null;
}

const RULE_INFO = new Map(BUILD.rules.map((r) => [r.id, r]));

const state: State = { lang: "zh", inputs: [], checked: [], current: 0, severities: new Set(SEVERITIES), rule: "", selected: null };
window.__pbm = { ready: true, files: [], timings: null };

const app = document.getElementById("app")!;
let t: UiText = uiText(state.lang);

useBundledCodepages();
render();

function setBusy(text: string | null): void {
  document.body.dataset.state = text ? "busy" : "ready";
  const status = document.getElementById("status");
  if (status) status.textContent = text ?? "";
}

async function addFiles(list: FileList | File[]): Promise<void> {
  const files = [...list];
  if (files.length === 0) return;
  const t0 = performance.now();
  window.__pbm.ready = false;
  setBusy(t.reading(files.length));
  // Let the status paint before the (synchronous) reading starts.
  await nextFrame();
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const t1 = performance.now();
  const checked = read.map((f) => checkFile(f.bytes, f.name, state.lang));
  const t2 = performance.now();
  state.current = state.checked.length;
  state.inputs.push(...read);
  state.checked.push(...checked);
  state.selected = null;
  state.rule = "";
  render();
  // Drawn = laid out and painted: the frame after the DOM is in place.
  await nextFrame();
  const t3 = performance.now();
  window.__pbm.timings = { files: read.length, totalMs: t3 - t0, readMs: t1 - t0, checkMs: t2 - t1, renderMs: t3 - t2 };
  window.__pbm.ready = true;
  setBusy(null);
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function recheck(): void {
  state.checked = state.inputs.map((f) => checkFile(f.bytes, f.name, state.lang));
}

function visibleOf(findings: Finding[]): (i: number) => boolean {
  return (i) => state.severities.has(findings[i].severity) && (state.rule === "" || findings[i].ruleId === state.rule);
}

function render(): void {
  t = uiText(state.lang);
  document.documentElement.lang = state.lang === "en" ? "en" : "zh-CN";
  document.title = `${t.title} · pbm`;
  app.replaceChildren(header(), dropZone(), ...(state.checked.length ? [fileTabs(), workspace()] : []));
  window.__pbm.files = state.checked.map((c) => ({ name: c.name, report: c.report }));
}

function header(): HTMLElement {
  return h(
    "header",
    { class: "top" },
    h("div", {}, h("h1", {}, t.title), h("p", { class: "tagline" }, t.tagline)),
    h(
      "button",
      {
        type: "button",
        class: "lang",
        id: "lang",
        lang: state.lang === "en" ? "zh-CN" : "en",
        "aria-label": t.langLabel,
        onclick: () => {
          state.lang = state.lang === "en" ? "zh" : "en";
          recheck();
          render();
          document.getElementById("lang")?.focus();
        },
      },
      t.lang,
    ),
  );
}

function dropZone(): HTMLElement {
  const input = h("input", {
    type: "file",
    id: "file-input",
    multiple: true,
    accept: ".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt,.xml,.htm,.html",
    class: "sr-only",
    onchange: (e: Event) => {
      const el = e.target as HTMLInputElement;
      if (el.files) void addFiles(el.files).then(() => (el.value = ""));
    },
  });
  const zone = h(
    "div",
    { class: "drop", id: "drop" },
    input,
    h("label", { for: "file-input", class: "pick" }, t.pick),
    h("span", { class: "drop-text" }, t.drop),
    h("span", { id: "status", role: "status", "aria-live": "polite" }),
  );
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    if (e.dataTransfer?.files) void addFiles(e.dataTransfer.files);
  });
  // The label is the visible control; it takes Enter and Space like a button.
  const label = zone.querySelector("label")!;
  label.tabIndex = 0;
  label.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      input.click();
    }
  });
  return zone;
}

function counts(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function fileTabs(): HTMLElement {
  const nav = h("nav", { class: "files", "aria-label": t.files });
  state.checked.forEach((f, i) => {
    const c = counts(f.report.findings);
    const bad = f.report.status === "error";
    nav.append(
      h(
        "button",
        {
          type: "button",
          class: `file-tab${i === state.current ? " current" : ""}${bad ? " unreadable" : ""}`,
          "aria-pressed": i === state.current ? "true" : "false",
          onclick: () => {
            state.current = i;
            state.selected = null;
            state.rule = "";
            render();
            (document.querySelectorAll(".file-tab")[i] as HTMLElement | undefined)?.focus();
          },
        },
        h("span", { class: "name" }, f.name),
        h("span", { class: "tab-counts" }, bad ? `${SEVERITY_ICON.error} ${t.unreadable}` : SEVERITIES.map((s) => `${SEVERITY_ICON[s]}${c[s]}`).join(" ")),
      ),
    );
  });
  nav.append(
    h("span", { class: "spacer" }),
    h("button", { type: "button", class: "action", id: "export-xlsx", onclick: () => downloadXlsx(state.checked, t, state.lang) }, t.exportXlsx),
    h("button", { type: "button", class: "action", id: "export-html", onclick: () => downloadHtmlReport(state.checked, state.lang) }, t.exportHtml),
  );
  return nav;
}

function workspace(): HTMLElement {
  const file = state.checked[state.current];
  const findings = file.report.findings;
  const visible = visibleOf(findings);
  const tablesPane = h("section", { class: "tables", "aria-label": file.name });
  if (file.report.status === "error" || file.sheets.length === 0) {
    for (const f of findings) {
      tablesPane.append(h("div", { class: `banner sev-${f.severity}`, role: "alert" }, h("span", { class: "icon", "aria-hidden": "true" }, SEVERITY_ICON[f.severity]), ` ${t.severity[f.severity]}：${f.message}`));
    }
  }
  file.sheets.forEach((sheet, sheetIndex) => {
    const marks = marksFor(findings, visible, sheet.grid.sheet);
    for (const { table, block } of sheet.tables) {
      const own = findings.filter((f) => f.table === table.name && f.location?.sheet === sheet.grid.sheet).map((f) => parseA1(f.location!.cell)).filter((p): p is { r: number; c: number } => !!p);
      const tf = findings.filter((f) => f.table === table.name && f.location?.sheet === table.location.sheet);
      const c = counts(tf);
      tablesPane.append(
        h(
          "article",
          { class: "table-card" },
          h(
            "header",
            { class: "table-summary" },
            h("h2", {}, table.name),
            h(
              "p",
              { class: "meta" },
              [t.kinds[table.kind] ?? table.kind, t.sheetOf(table.location.sheet, table.location.range), t.indicators(table.indicators.length), table.department ? `${t.department} ${table.department}` : null, table.year ? `${t.year} ${table.year}` : null]
                .filter(Boolean)
                .join(" · "),
            ),
            h("p", { class: "table-counts" }, ...SEVERITIES.map((s) => h("span", { class: `count sev-${s}` }, h("span", { "aria-hidden": "true" }, SEVERITY_ICON[s]), ` ${c[s]} ${t.severity[s]}`))),
          ),
          renderTableGrid({ grid: sheet.grid, block, sheetIndex, findings, marks, own, t, onCell: (i) => select(i, false) }),
        ),
      );
    }
  });
  return h("div", { class: "workspace" }, tablesPane, sidePane(findings, visible));
}

function sidePane(findings: Finding[], visible: (i: number) => boolean): HTMLElement {
  const c = counts(findings);
  const sevBoxes = SEVERITIES.map((s) =>
    h(
      "label",
      { class: `sev-filter sev-${s}` },
      h("input", {
        type: "checkbox",
        "data-severity": s,
        checked: state.severities.has(s),
        onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) state.severities.add(s);
          else state.severities.delete(s);
          state.selected = null;
          refocus(() => render(), `input[data-severity="${s}"]`);
        },
      }),
      h("span", { "aria-hidden": "true" }, ` ${SEVERITY_ICON[s]}`),
      ` ${t.severity[s]} (${c[s]})`,
    ),
  );
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const select_ = h(
    "select",
    {
      id: "rule-filter",
      onchange: (e: Event) => {
        state.rule = (e.target as HTMLSelectElement).value;
        state.selected = null;
        refocus(() => render(), "#rule-filter");
      },
    },
    h("option", { value: "" }, t.allRules),
    ...ruleIds.map((id) => h("option", { value: id, selected: id === state.rule }, `${id} (${findings.filter((f) => f.ruleId === id).length})`)),
  );
  const list = h("ol", { class: "finding-list", id: "findings", "aria-label": t.findings });
  let shown = 0;
  findings.forEach((f, i) => {
    if (!visible(i)) return;
    shown++;
    list.append(
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: `finding sev-${f.severity}${state.selected === i ? " selected" : ""}`,
            "data-index": i,
            "aria-current": state.selected === i ? "true" : undefined,
            onclick: () => select(i, true),
            onkeydown: (e: Event) => moveInList(e as KeyboardEvent),
          },
          h("span", { class: "sev-tag" }, h("span", { "aria-hidden": "true" }, SEVERITY_ICON[f.severity]), ` ${t.severity[f.severity]}`),
          h("span", { class: "where" }, f.location ? `${f.location.sheet}!${f.location.cell}` : t.fileLevel),
          h("span", { class: "msg" }, f.message),
          h("span", { class: "rule-id" }, f.ruleId),
        ),
      ),
    );
  });
  if (shown === 0) list.append(h("li", { class: "empty" }, findings.length ? t.none : t.clean));
  return h(
    "aside",
    { class: "side" },
    h(
      "fieldset",
      { class: "filters" },
      h("legend", {}, t.filters),
      h("div", { class: "sev-filters", role: "group", "aria-label": t.bySeverity }, ...sevBoxes),
      h("label", { class: "rule-label", for: "rule-filter" }, t.byRule, " ", select_),
    ),
    h("h2", { class: "list-title" }, t.findings, " ", h("small", { id: "shown" }, t.shown(shown, findings.length))),
    list,
    details(findings),
  );
}

/** Arrow keys move between findings; Tab still leaves the list. */
function moveInList(e: KeyboardEvent): void {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>("#findings button.finding")];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  const next = buttons[at + (e.key === "ArrowDown" ? 1 : -1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

function refocus(redraw: () => void, selector: string): void {
  redraw();
  document.querySelector<HTMLElement>(selector)?.focus();
}

/** Show a finding: its cell scrolled into view and highlighted, and its explanation beside the list. */
function select(i: number, fromList: boolean): void {
  state.selected = i;
  render();
  const file = state.checked[state.current];
  const f = file.report.findings[i];
  const button = document.querySelector<HTMLButtonElement>(`#findings button[data-index="${i}"]`);
  if (f.location) {
    const sheetIndex = file.sheets.findIndex((s) => s.grid.sheet === f.location!.sheet);
    const cell = document.getElementById(cellId(sheetIndex, f.location.cell));
    if (cell) {
      cell.classList.add("current");
      scrollToCell(cell);
    }
  }
  if (fromList) button?.focus();
  else button?.scrollIntoView({ block: "nearest" });
}

/**
 * The sheet's own scroll box first, then the window. Not scrollIntoView: it would also scroll the row
 * chunks themselves (content-visibility clips them like overflow), shifting them under the column letters.
 */
function scrollToCell(cell: HTMLElement): void {
  const box = cell.closest<HTMLElement>(".sheet-scroll");
  if (box) {
    const c = cell.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollTop += c.top - b.top - (b.height - c.height) / 2;
    if (c.left < b.left || c.right > b.right) box.scrollLeft += c.left - b.left - Math.max(0, (b.width - c.width) / 2);
  }
  const c = cell.getBoundingClientRect();
  if (c.top < 0 || c.bottom > window.innerHeight) window.scrollBy(0, c.top - (window.innerHeight - c.height) / 2);
}

function details(findings: Finding[]): HTMLElement {
  const box = h("section", { class: "details", id: "details", "aria-live": "polite", "aria-label": t.explain });
  const i = state.selected;
  if (i === null || !findings[i]) {
    box.append(h("p", { class: "hint" }, findings.length ? t.selectHint : t.clean));
    return box;
  }
  const f = findings[i];
  const info = RULE_INFO.get(f.ruleId);
  box.append(
    h("p", { class: `detail-sev sev-${f.severity}` }, h("span", { "aria-hidden": "true" }, SEVERITY_ICON[f.severity]), ` ${t.severity[f.severity]} · `, f.location ? `${t.at} ${f.location.sheet}!${f.location.cell}` : t.fileLevel),
    h("p", { class: "detail-msg" }, f.message),
  );
  if (f.fix && f.fix.edits.length) {
    box.append(
      h("h3", {}, f.fix.kind === "safe" ? t.safeFix : t.fix),
      h("ul", { class: "fix" }, ...f.fix.edits.map((e) => h("li", {}, h("code", {}, `${e.sheet}!${e.cell}`), `：${e.from} → ${e.to}`))),
    );
  }
  box.append(h("h3", {}, `${t.rule} `, h("code", {}, f.ruleId)));
  if (info) box.append(h("p", { class: "summary" }, info.summary[state.lang]));
  const doc = info?.docs;
  if (doc) {
    if (state.lang === "en") {
      box.append(h("div", { class: "doc" }, ...doc.en.map(block)));
    } else {
      const first = doc.zh.filter((s) => s.title === "规则说明" || s.title === "为什么");
      const rest = doc.zh.filter((s) => !first.includes(s));
      box.append(h("div", { class: "doc" }, ...first.flatMap(section)));
      if (rest.length) box.append(h("details", { class: "doc" }, h("summary", {}, t.more), ...rest.flatMap(section)));
    }
  }
  return box;
}

function section(s: DocSection): HTMLElement[] {
  return [h("h4", {}, s.title), ...s.blocks.map(block)];
}

function block(b: DocBlock): HTMLElement {
  if (b.kind === "p") {
    const p = h("p");
    append(p, inline(b.text));
    return p;
  }
  if (b.kind === "list") return h("ul", {}, ...b.items.map((x) => h("li", {}, ...inline(x))));
  const [head, ...rows] = b.rows;
  return h(
    "div",
    { class: "doc-table" },
    h("table", {}, h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { scope: "col" }, ...inline(c))))), h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, ...inline(c))))))),
  );
}
