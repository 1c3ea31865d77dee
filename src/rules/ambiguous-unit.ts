import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/** Latin letters as units (≥80M): 米 or 兆? 吨 or 万亿? A reader cannot tell. */
export default defineRule({
  id: "ambiguous-unit",
  meta: {
    name: { zh: "单位含义不明", en: "Ambiguous unit" },
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "计量单位是含义不明的字母（M、m、T、K …），读者无法判断是米、兆还是吨。",
        en: "The unit is an ambiguous letter (M, m, T, K …): metres, mega or tonnes?",
      },
    },
    messages: {
      ambiguous: {
        zh: "指标“{name}”的计量单位“{unit}”含义不明（可能是米、兆、吨等），请改写成中文单位，如“米”“吨”“千瓦”。",
        en: "Indicator “{name}”: the unit “{unit}” is ambiguous (metres, mega, tonnes?); write the unit in Chinese (米, 吨, 千瓦 …).",
      },
    },
    options: (z) => z.object({
      units: z.array(z.string()).default(["M", "m", "T", "t", "K", "k", "W", "w", "B", "G"]),
    }),
  },
  *check(_table, { options, facts }) {
    for (const f of facts.indicators) {
      const unit = f.unit?.text.normalize("NFKC").trim();
      if (!unit || !options.units.includes(unit)) continue;
      yield { messageId: "ambiguous", data: { name: f.indicator.name, unit }, indicator: f.indicator, at: cellOf(f, f.unit!.source === "column" ? "unit" : "value") };
    }
  },
});
