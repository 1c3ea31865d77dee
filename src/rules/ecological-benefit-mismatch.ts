/**
 * A 生态效益 row should say something about the environment; a row that does not (进一步发挥保持社会稳定作用)
 * was put there to fill the block and belongs under 社会 or 经济效益.
 */
import { defineRule } from "../model/finding.js";

// Generous on purpose: a miss only costs an info finding, a false alarm costs trust.
const ECO =
  /生态|环境|环保|节能|减排|排放|污染|绿色|绿化|低碳|碳|能耗|耗能|能源|能效|电耗|油耗|煤|水|空气|大气|扬尘|雾霾|蓝天|PM|颗粒物|浓度|臭氧|温室|气候|噪声|噪音|辐射|土壤|耕地|农田|灌溉|森林|植被|植树|造林|湿地|林|草|资源|垃圾|废|清洁|循环|卫生|河|湖|海|生物|物种|动物|野生|鸟|鱼|保护区|美化|宜居|整洁|光伏|新能源|电动|秸秆|农药|化肥|粪污|沙|节约|节省|节电|用电|电量|纸|人居|污|土地|地力|矿|山|水土/i;

export default defineRule<"notEcological">({
  id: "ecological-benefit-mismatch",
  meta: {
    name: { zh: "生态效益内容无关", en: "Not an ecological benefit" },
    category: "classification",
    severity: "info",
    recommended: true,
    docs: {
      summary: { zh: "生态效益指标的内容与生态环境无关", en: "An ecological-benefit row that says nothing ecological" },
    },
    messages: {
      notEcological: {
        zh: "“{indicator}”放在生态效益指标下，但内容与生态环境无关；请把它放到社会效益或经济效益下，或删去。",
        en: "“{indicator}” is filed as an ecological benefit but says nothing about the environment; file it under social or economic benefit, or drop it.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (f.block.level2 !== "ecological" || !f.core) continue;
      if (ECO.test(`${f.core}${f.wording?.text ?? ""}`)) continue;
      yield { messageId: "notEcological", data: { indicator: f.indicator.name }, indicator: f.indicator };
    }
  },
});
