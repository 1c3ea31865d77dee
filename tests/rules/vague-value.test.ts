import rule from "../../src/rules/vague-value.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { dibao, fushi, fuwuxing, gongjijin, huizhan, hunnan, jinrong, laojiu, liangpin, lvse, shipin, shuangyiliu, yibao } from "./seed-tables.js";

const v = (name: string, value: string, word: string, cell: string) => ({ messageId: value === word ? "vagueWord" : "vague", indicator: name, cell, data: { name, value, word } });

ruleTester(rule, {
  valid: [
    { name: "老旧小区: 是 is a yes/no target", table: laojiu() },
    { name: "a graded tier value", table: table({}, [["效益指标", "社会效益指标", "服务质量", null, "达成", null]]) },
    { name: "cost rows and name repeats are left to their own rules", table: table({}, [["产出指标", "成本指标", "经费支出规范性", null, "提高规范", null], ["效益指标", "社会效益指标", "持续改善", null, "持续改善", null]]) },
    { name: "a number makes the wording measurable", table: table({}, [["效益指标", "社会效益指标", "群众收入", null, "较上年提高 5%", null]]) },
    { name: "a custom word list", table: table({}, [["效益指标", "社会效益指标", "促进经济发展", null, "促进", null]]), options: { words: ["效果明显"] } },
  ],
  invalid: [
    { name: "浑南科技城: 促进 ×2", table: hunnan(), errors: [v("促进经济发展", "促进", "促进", "F12"), v("促进人才培养、科学研究和社会服务协调发展", "促进", "促进", "F13")] },
    { name: "医保: 减轻成本, 保障补助", table: yibao(), errors: [v("减轻城乡居民参保成本", "减轻成本", "减轻", "F14"), v("保障城乡居民参保补助", "保障补助", "保障", "F15")] },
    { name: "双一流: 改善条件 ×2", table: shuangyiliu(), errors: [v("教学科研等办学条件改善情况", "改善条件", "改善", "F12"), v("持续改善办学条件", "改善条件", "改善", "F14")] },
    { name: "低保: 保障生活", table: dibao(), errors: [v("保障困难群众基本生活", "保障生活", "保障", "F13")] },
    { name: "金融专项: 降低, 稳定", table: jinrong(), errors: [v("降低企业融资成本", "降低", "降低", "F12"), v("进一步发挥保持社会稳定作用", "稳定", "稳定", "F13")] },
    {
      name: "食品: 提高 ×2, 持续满足",
      table: shipin(),
      errors: [v("提高公众食品安全科普知识素养", "提高", "提高", "F13"), v("逐步提高食品安全质量", "提高", "提高", "F14"), v("食品抽检能力和水平持续满足产品及标准变化", "持续满足", "持续", "F16")],
    },
    { name: "会展业: 促进发展 typed under 度量单位", table: huizhan(), errors: [v("促进地区社会发展", "促进发展", "促进", "G12"), v("持续保持市场主体发展活力", "促进发展", "促进", "G13")] },
    { name: "副食风险金: 发挥效益", table: fushi(), errors: [v("拨付资金发挥效益", "发挥效益", "发挥", "F12")] },
    { name: "绿色制造: 提高影响", table: lvse(), errors: [v("提高企业社会影响力", "提高影响", "提高", "F13")] },
    { name: "服务型制造: 服务转型, 创新提升", table: fuwuxing(), errors: [v("促进经济发展", "服务转型", "转型", "F13"), v("创新性发展", "创新提升", "提升", "F14")] },
    { name: "两品一标: 提升, 消除", table: liangpin(), errors: [v("提升群众放心消费农产品意识，消除消费恐慌。", "提升", "提升", "F11"), v("消除媒体质疑，群众可享受到严格监管后的成果。", "消除", "消除", "F12")] },
    { name: "公积金: 良好 (under 度量单位), 足额保障", table: gongjijin(), errors: [v("对外窗口服务环境", "良好", "良好", "G12"), v("保障水平", "足额保障", "保障", "F13")] },
  ],
});
