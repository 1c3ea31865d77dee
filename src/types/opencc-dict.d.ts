/** opencc-js ships its dictionaries as ESM modules with one default string export ("繁 简|…"), without types. */
declare module "opencc-js/dict/TSCharacters" {
  const entries: string;
  export default entries;
}
