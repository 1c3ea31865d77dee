/** cli-table3's cell class (CommonJS, no types of its own); src/report/table.ts patches its draw. */
declare module "cli-table3/src/cell.js" {
  const Cell: { prototype: object };
  export default Cell;
}
