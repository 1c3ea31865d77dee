/** openConfig: the CLI's loadConfig, which imports a parser only when there is a file. Same results, same errors. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { openConfig } from "../../src/config/open.js";
import { ConfigError, resolveConfig } from "../../src/config/resolve.js";
import { RULES } from "../../src/rules/index.js";
import { optionsSchema } from "../../src/config/schema.js";

const folder = () => mkdtempSync(path.join(tmpdir(), "pbm-open-"));

describe("openConfig", () => {
  it("without a file gives the defaults that loadConfig gives, each rule's options as its schema fills them", async () => {
    const cwd = folder();
    const opened = await openConfig({ cwd });
    expect(opened).toEqual(loadConfig({ cwd }));
    for (const rule of RULES) if (rule.meta.options) expect(opened.rules[rule.id].options).toEqual(optionsSchema(rule)?.parse({}));
    expect(opened.path).toBeNull();
  });

  it("gives every run its own options (changing one config's leaves the next one's alone)", async () => {
    const cwd = folder();
    const a = await openConfig({ cwd });
    (a.rules["vague-value"].options as { allow: string[] }).allow.push("若干");
    expect((resolveConfig(null, { baseDir: cwd }).rules["vague-value"].options as { allow: string[] }).allow).toEqual([]);
  });

  it("still checks --rule flags strictly when there is no file", async () => {
    const err = await openConfig({ cwd: folder(), cliRules: { "vague-valu": "warn" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).localized("en")).toContain("did you mean vague-value");
  });

  it("finds a YAML file in a parent folder and rejects an unknown option at its line and column", async () => {
    const dir = folder();
    const sub = path.join(dir, "sub");
    mkdirSync(sub);
    writeFileSync(path.join(dir, "pbm.config.yaml"), "rules:\n  satisfaction-floor: [error, { flor: 90 }]\n");
    const err = await openConfig({ cwd: sub }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const en = (err as ConfigError).localized("en");
    expect(en).toContain(`${path.join(dir, "pbm.config.yaml")}:2:`);
    expect(en).toContain("did you mean floor");
  });

  it("reads --config as loadConfig does, relative to the cwd", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "my.json"), '{ "rules": { "vague-value": "off" } }');
    const c = await openConfig({ cwd: dir, configPath: "my.json" });
    expect(c.rules["vague-value"].severity).toBe("off");
    expect(c.path).toBe(path.join(dir, "my.json"));
    expect(c).toEqual(loadConfig({ cwd: dir, configPath: "my.json" }));
  });
});
