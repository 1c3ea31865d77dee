/** The one value grammar of pbm: folding, operators, numbers, units, values, dates, numbers in prose. */
export { foldSymbols, labelKey, matchKey, stripPinyin, toSimplified } from "./fold.js";
export { APPROXIMATE_PREFIX, APPROXIMATE_SUFFIX, leadingOperator, operatorOnly, parseOperatorCell, PREFIX_OPERATORS, SUFFIX_OPERATORS, trailingOperator, type OperatorCell } from "./operator.js";
export { leadingChineseNumber, leadingNumber, tidy } from "./number.js";
export { isPercentUnit, isUnit, moneyFactor, parseUnit, parseUnitWord, sameUnit, unitInName } from "./unit.js";
export { parseValue, parseValueCell } from "./value.js";
export { parseDatePoint, parseDateSpan, serialToIso } from "./date.js";
export { numbersInText } from "./mentions.js";
