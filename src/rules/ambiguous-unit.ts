import { z } from "zod";
import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { unitInValue } from "./utils/text.js";

/** Latin letters as units (≥80M): 米 or 兆? 吨 or 万亿? A reader cannot tell. */
export default defineRule({
  id: "ambiguous-unit",
  meta: {
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "计量单位含义不明", en: "Ambiguous unit" },
      summary: {
        zh: "计量单位是含义不明的字母（M、m、T、K …），读者无法判断是米、兆还是吨。",
        en: "The unit is an ambiguous letter (M, m, T, K …): metres, mega or tonnes?",
      },
    },
    messages: {
      ambiguous: {
        zh: "指标“{name}”的计量单位“{unit}”含义不明，请写成中文单位（如 米、吨、千瓦）。",
        en: "Indicator “{name}”: the unit “{unit}” is ambiguous; write the unit in Chinese (米, 吨, 千瓦 …).",
      },
    },
    options: z.object({
      units: z.array(z.string()).default(["M", "m", "T", "t", "K", "k", "W", "w", "B", "G"]),
    }),
  },
  *check(table, { options }) {
    for (const ind of table.indicators) {
      const fromColumn = ind.unit?.normalize("NFKC").trim() || null;
      const unit = fromColumn ?? unitInValue(ind.valueRaw);
      if (!unit || !options.units.includes(unit)) continue;
      yield {
        messageId: "ambiguous",
        data: { name: ind.name, unit },
        indicator: ind,
        at: indicatorCell(ind, fromColumn ? "unit" : "value"),
      };
    }
  },
});
