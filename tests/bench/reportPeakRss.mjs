// Loaded with `node --import` before a command the bench runs: tells the process's peak resident memory as it exits.
import process from 'node:process';
process.on('exit', () => process.stderr.write(`\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`));
