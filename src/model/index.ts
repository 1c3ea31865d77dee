export * from "./a1.js";
export * from "./finding.js";
export * from "./grid.js";
export * from "./records.js";
