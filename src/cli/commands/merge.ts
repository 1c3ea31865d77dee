import { Command } from "commander";
import type { CliContext } from "../context.js";
import { UsageError } from "../context.js";

// Owner: fills in options and a lazily imported implementation.
export function mergeCommand(ctx: CliContext): Command {
  return new Command("merge").description("(not yet implemented)").action(() => {
    void ctx;
    throw new UsageError("pbm merge is not implemented yet");
  });
}
