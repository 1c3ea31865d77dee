/**
 * cli-table3, with one method patched: upstream `Cell.draw` builds a 10-column preview of the whole cell
 * (`utils.truncate(this.content, 10)`) on every line it draws, only for a debug message nobody reads
 * (cli-table/cli-table3#362). For Chinese text `truncate` drops one character at a time and re-measures
 * the rest, so a cell costs O(n²) per line: ~40 % of a stylish report's time. The patched draw is
 * upstream's (0.6.5) without that line. Every table pbm draws comes from here.
 */
import Table from "cli-table3";
import Cell from "cli-table3/src/cell.js";

interface DrawableCell {
  drawTop(drawRight: boolean): string;
  drawBottom(drawRight: boolean): string;
  drawEmpty(drawRight: boolean, spanningCell?: number): string;
  drawLine(lineNum: number, drawRight: boolean, forceTruncation: boolean, spanningCell?: number): string;
  drawRight: boolean;
  height: number;
  lines: string[];
  vAlign?: string;
}

const proto = Cell.prototype as DrawableCell & { draw(lineNum: number | "top" | "bottom", spanningCell?: number): string };
proto.draw = function draw(this: DrawableCell, lineNum: number | "top" | "bottom", spanningCell?: number): string {
  if (lineNum === "top") return this.drawTop(this.drawRight);
  if (lineNum === "bottom") return this.drawBottom(this.drawRight);
  const padLen = Math.max(this.height - this.lines.length, 0);
  const padTop = this.vAlign === "center" ? Math.ceil(padLen / 2) : this.vAlign === "bottom" ? padLen : 0;
  if (lineNum < padTop || lineNum >= padTop + this.lines.length) return this.drawEmpty(this.drawRight, spanningCell);
  const forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
  return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
};

export default Table;
