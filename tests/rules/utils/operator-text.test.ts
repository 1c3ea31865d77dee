import { describe, expect, it } from "vitest";
import { lookalikeOperator, operatorEdit, respell, spell } from "../../../src/rules/utils/operator-text.js";
import { analyzeTable } from "../../../src/semantic/index.js";
import { project } from "../../helpers/tsv.js";

describe("operator text", () => {
  it("maps look-alikes and leaves standard spellings alone", () => {
    expect(lookalikeOperator("≧")).toBe(">=");
    expect(lookalikeOperator(" = > ")).toBe(">=");
    expect(lookalikeOperator("＜＝")).toBe("<=");
    expect(lookalikeOperator(">=")).toBeNull();
    expect(lookalikeOperator("≥")).toBeNull();
    expect(lookalikeOperator("valueOf")).toBeNull();
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
  it("edits the operator cell, or the value cell when the operator is written inside the value", () => {
    const facts = analyzeTable(
      project({}, [
        ["产出指标", "数量指标", "培训人数", "<=", "200", "人", "2023年12月"],
        ["", "", "培训场次", "", "≤20场", "", "2023年12月"],
        ["", "", "培训天数", "", "20", "天", "2023年12月"],
      ]),
    );
    const [a, b, c] = facts.indicators;
    expect(operatorEdit(a, ">=")).toEqual({ sheet: "Sheet1", cell: "E9", from: "<=", to: ">=" });
    expect(operatorEdit(b, "≥")).toEqual({ sheet: "Sheet1", cell: "F10", from: "≤20场", to: "≥20场" });
    expect(operatorEdit(c, ">=")).toBeNull();
  });
});
