import { Command } from "commander";
import type { CliContext } from "../context.js";
import { UsageError } from "../context.js";

// Owner: fills in options and a lazily imported implementation.
export function validateCommand(ctx: CliContext): Command {
  return new Command("validate").description("(not yet implemented)").action(() => {
    void ctx;
    throw new UsageError("pbm validate is not implemented yet");
  });
}
