/**
 * Finds the config for a plan file (the nearest `actionplan.config.json` from
 * the file's folder up to its workspace root), loads it once, and resolves
 * every rule's severity and options. A config is data: it is parsed, never run.
 */
import { today } from '../dates.js';
import { RULES } from '../rules/index.js';
import type { SeveritySetting } from '../rules/rule.js';
import { globMatcher } from './glob.js';
import { parseConfig, type ConfigProblem } from './parse.js';
import { CONFIG_FILE_NAME, type ConfigFile } from './schema.js';
import { hostConfigReader, hostPaths } from '../host/node.js';
import type { PathOps } from '../host/paths.js';
import type { ConfigReader } from './reader.js';

export { decodeConfig, type ConfigReader } from './reader.js';

/** The host's reader (the disk for the CLI and the desktop server; see host/node.ts). */
export const nodeConfigReader: ConfigReader = hostConfigReader;

export const noConfigReader: ConfigReader = () => undefined;

export interface RuleSetting {
    severity: SeveritySetting;
    options: any;
}

export interface ConfigSettings {
    /** Use this file for every plan instead of looking one up (CLI `--config`). */
    configFile?: string;
    /** Overrides the config's `asOf` (CLI `--as-of`, the editor's `actionplan.asOf`). */
    asOf?: string;
    /** Workspace roots: the upward search stops at the root that holds the file. */
    roots: string[];
}

export interface ResolvedConfig {
    /** The config file in force, if any. */
    file?: string;
    asOf: string;
    rule(id: string): RuleSetting;
    /** Whether the plan file is left out by the config's `ignore`. */
    ignores(planFile: string): boolean;
}

interface LoadedConfig {
    file: string;
    config?: ConfigFile;
    rules: Map<string, RuleSetting>;
    ignore?: (relative: string) => boolean;
}

const DEFAULT_RULES = new Map(RULES.map(rule => [rule.meta.id, {
    severity: rule.meta.defaultSeverity,
    options: rule.meta.options.parse({}),
} satisfies RuleSetting]));

export class ConfigProvider {
    settings: ConfigSettings = { roots: [] };
    private readonly loaded = new Map<string, LoadedConfig | undefined>();
    private readonly nearest = new Map<string, string | undefined>();
    private readonly problemsByFile = new Map<string, ConfigProblem[]>();
    /** Every config path looked for or read since the last `clear` (what a cached check depends on). */
    readonly probed = new Set<string>();

    constructor(private readonly read: ConfigReader = nodeConfigReader, private readonly path: PathOps = hostPaths) {}

    /** Forget every loaded config (a config file changed, or the settings did). */
    clear(): void {
        this.loaded.clear();
        this.nearest.clear();
        this.problemsByFile.clear();
        this.probed.clear();
    }

    /** The problems of every config loaded so far, by file. */
    get problems(): ConfigProblem[] {
        return [...this.problemsByFile.values()].flat();
    }

    forFile(planFile: string): ResolvedConfig {
        const configFile = this.settings.configFile ?? this.findNearest(this.path.dirname(planFile));
        const loaded = configFile === undefined ? undefined : this.load(configFile);
        const rules = loaded?.rules ?? DEFAULT_RULES;
        return {
            file: loaded?.file,
            asOf: this.settings.asOf ?? loaded?.config?.asOf ?? today(),
            rule: id => rules.get(id) ?? DEFAULT_RULES.get(id) ?? { severity: 'error', options: {} },
            ignores: file => {
                if (!loaded?.ignore) return false;
                const relative = this.path.relative(this.path.dirname(loaded.file), file).split(this.path.sep).join('/');
                return !relative.startsWith('../') && loaded.ignore(relative);
            },
        };
    }

    private findNearest(folder: string): string | undefined {
        if (this.nearest.has(folder)) return this.nearest.get(folder);
        const candidate = this.path.join(folder, CONFIG_FILE_NAME);
        this.probed.add(candidate);
        let found: string | undefined;
        try {
            found = this.read(candidate) !== undefined ? candidate : undefined;
        } catch {
            found = candidate; // unreadable: load() reports why
        }
        if (found === undefined && !this.isRoot(folder)) {
            const parent = this.path.dirname(folder);
            found = parent === folder ? undefined : this.findNearest(parent);
        }
        this.nearest.set(folder, found);
        return found;
    }

    private isRoot(folder: string): boolean {
        return this.settings.roots.some(root => this.path.resolve(root) === this.path.resolve(folder));
    }

    private load(file: string): LoadedConfig | undefined {
        if (this.loaded.has(file)) return this.loaded.get(file);
        this.probed.add(file);
        let result: LoadedConfig | undefined;
        try {
            const text = this.read(file);
            if (text === undefined) {
                this.problemsByFile.set(file, [{ file, field: '', message: 'no such file' }]);
            } else {
                const { config, problems } = parseConfig(text, file);
                this.problemsByFile.set(file, problems);
                result = { file, config, rules: resolveRules(config), ignore: config?.ignore?.length ? globMatcher(config.ignore) : undefined };
            }
        } catch (error) {
            this.problemsByFile.set(file, [{ file, field: '', message: `cannot read the config: ${(error as Error).message}` }]);
        }
        this.loaded.set(file, result);
        return result;
    }
}

function resolveRules(config: ConfigFile | undefined): Map<string, RuleSetting> {
    const rules = new Map(DEFAULT_RULES);
    for (const [id, setting] of Object.entries(config?.rules ?? {})) {
        if (setting === undefined) continue;
        const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
        rules.set(id, { severity, options: options ?? DEFAULT_RULES.get(id)!.options });
    }
    return rules;
}
