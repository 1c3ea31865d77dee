import { Command } from "commander";
import type { CliContext } from "../context.js";
import { UsageError } from "../context.js";

// Owner: fills in options and a lazily imported implementation.
export function explainCommand(ctx: CliContext): Command {
  return new Command("explain").description("(not yet implemented)").action(() => {
    void ctx;
    throw new UsageError("pbm explain is not implemented yet");
  });
}
