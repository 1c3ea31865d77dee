/** Runs in a validate pool worker: a path in, its FileReport out (never tables or bytes). */
import type { FileReport, Lang } from "../model/finding.js";
import type { ReadLimits } from "../read/limits.js";
import type { ResolvedConfig } from "../config/types.js";
import { validateFile } from "./validate-file.js";

export interface ValidateWorkerData {
  config: ResolvedConfig;
  lang: Lang;
  limits?: Partial<ReadLimits>;
}

const data = process.__tinypool_state__.workerData as ValidateWorkerData;

export default async function run(file: string): Promise<FileReport> {
  return (await validateFile(file, data)).report;
}
