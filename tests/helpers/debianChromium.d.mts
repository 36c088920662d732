export declare const DEBIAN_CHROMIUM: { executablePath: string; args: string[] };
