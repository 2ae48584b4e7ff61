#!/usr/bin/env node
/** Runs the command; resolves with the exit code (the mock itself runs until a signal stops it). */
export declare function main(argv: string[], out?: (line: string) => void, err?: (line: string) => void): Promise<number>;
//# sourceMappingURL=cli.d.ts.map