// Loaded with `node --import` before a command the bench runs: tells the process's peak resident memory as it exits.
// The peak is the kernel's high-water mark of this process's own memory (VmHWM). Not getrusage's
// maxRSS: on Linux a spawned process inherits in it the RSS its parent had when it forked, so a
// command spawned by a bench holding 300 MB reported at least 300 MB whatever it used itself.
import { readFileSync } from 'node:fs';
import process from 'node:process';

function peakKib() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: getrusage's figure is the one there is
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => process.stderr.write(`\npeak-rss-kib ${peakKib()}\n`));
