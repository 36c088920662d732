// Types for the command-line build script (plain JavaScript, run by Node and by the test runners).
export function buildCommandLine(): Promise<void>;
