import { describe, expect, it } from "vitest";
import { lookalikeOperator, operatorEdit, operatorStyle, respell, spell } from "../../../src/rules/utils/operator-text.js";
import { table } from "../../helpers/table.js";

describe("operator text", () => {
  it("maps look-alikes and ignores standard spellings", () => {
    expect(lookalikeOperator("≧")).toBe(">=");
    expect(lookalikeOperator(" = > ")).toBe(">=");
    expect(lookalikeOperator("＜＝")).toBe("<=");
    expect(lookalikeOperator(">=")).toBeNull();
    expect(lookalikeOperator("≥")).toBeNull();
    expect(lookalikeOperator(null)).toBeNull();
  });
  it("keeps the family of the original spelling", () => {
    expect(respell("<=", ">=")).toBe(">=");
    expect(respell("≤", ">=")).toBe("≥");
    expect(respell("不高于", ">=")).toBe("不低于");
    expect(respell("以下", ">=")).toBe("以上");
    expect(respell("≤", "=")).toBe("=");
    expect(spell(">=", "math")).toBe("≥");
  });
  it("finds the table's style by majority, ASCII on a tie", () => {
    const t = table({}, [
      ["产出指标", "数量指标", "a", ">=", 1, "个"],
      ["", "", "b", ">=", 1, "个"],
    ]);
    expect(operatorStyle(t)).toBe("ascii");
    t.indicators.forEach((i) => (i.operatorRaw = "≥"));
    expect(operatorStyle(t)).toBe("math");
  });
  it("edits the operator cell, or the value cell when the operator is written inside the value", () => {
    const t = table({}, [["产出指标", "数量指标", "培训人数", "<=", 200, "人"]]);
    expect(operatorEdit(t.indicators[0], ">=")).toEqual({ sheet: "Sheet1", cell: "E10", from: "<=", to: ">=" });
    const inValue = { ...t.indicators[0], operatorRaw: "≤", valueRaw: "≤200人" };
    expect(operatorEdit(inValue, "≥")).toEqual({ sheet: "Sheet1", cell: "F10", from: "≤200人", to: "≥200人" });
    expect(operatorEdit({ ...t.indicators[0], operatorRaw: null }, ">=")).toBeNull();
  });
});
