// Types for scripts/build-cli.mjs, so the TypeScript benchmark can call it.
export declare const CLI_BUNDLE: string;
export declare function bundleOptions(entry: string, outfile: string): Record<string, unknown>;
export declare function cliIsStale(): boolean;
export declare function buildCli(): Promise<void>;
