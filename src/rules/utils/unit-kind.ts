/** What a 度量单位 cell holds: a unit, or a value typed into the wrong column. */
import { isCountUnit, isMoneyUnit } from "./indicator-kind.js";

const OTHER_UNITS = /^(%|％|‰|百分比|百分点|个百分点|分|分值|级|星|倍|年|月|日|天|周|季度|小时|分钟|工作日|个工作日|次数|人次|万人次|万人|万户|万元|亿元|元|千元|万|亿|小时\/次|元\/.+|[^\s]{1,4}\/[^\s]{1,4})$/;

/** A unit as written in the unit column (个, 万户, %, 元/人/年 …). */
export function looksLikeUnit(s: string | null | undefined): boolean {
  const u = (s ?? "").replace(/\s+/g, "");
  if (!u) return false;
  return (
    isCountUnit(u) ||
    isMoneyUnit(u) ||
    OTHER_UNITS.test(u) ||
    // Short words ending in a measure word (户次, 万亩, 公斤, 千瓦) are units; 良好 or 提升 are not.
    /^[\u4e00-\u9fa5]{0,2}[个人户家次场项批份篇件套台辆所座栋间处名册条部只头吨亩米株棵张本天期类种例床幢宗位支组单笔斤克升瓦度年月日时分秒元]$/.test(u) ||
    /^[A-Za-z²³/·.]{1,6}$/.test(u)
  );
}
