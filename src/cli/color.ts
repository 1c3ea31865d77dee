/**
 * Whether to emit ANSI colour. chalk 5 ignores NO_COLOR, so pbm decides itself:
 * --color/--no-color, then NO_COLOR (non-empty), then FORCE_COLOR, then a TTY.
 */
export function useColor(
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv,
  stream: { isTTY?: boolean; hasColors?: () => boolean },
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force.toLowerCase());
  if (!stream.isTTY || env.TERM === "dumb") return false;
  return typeof stream.hasColors === "function" ? stream.hasColors() : true;
}
