// Loaded with `node --import` before a command the bench runs: tells the process's peak resident memory as it exits.
process.on('exit', () => process.stderr.write(`\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`));
