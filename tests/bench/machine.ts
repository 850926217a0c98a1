import { existsSync, readFileSync } from 'node:fs';

/*
 * How disturbed the machine was while a bench section ran: the share of CPU time the
 * hypervisor took from this machine (steal) and the share spent waiting for the disk.
 * On a shared virtual machine both come and go; a run with much of either says more
 * about the host than about the app, and the comparators suffer it too.
 */

interface CpuTimes {
  total: number;
  steal: number;
  iowait: number;
}

function cpuTimes(): CpuTimes | null {
  if (!existsSync('/proc/stat')) return null;
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  // cpu user nice system idle iowait irq softirq steal ...
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), iowait: fields[4] ?? 0, steal: fields[7] ?? 0 };
}

/** Starts a reading; the returned function tells the steal and disk-wait shares since then, or null off Linux. */
export function watchMachine(): () => { steal: number; iowait: number } | null {
  const start = cpuTimes();
  return () => {
    const end = cpuTimes();
    if (!start || !end || end.total === start.total) return null;
    const span = end.total - start.total;
    return { steal: (end.steal - start.steal) / span, iowait: (end.iowait - start.iowait) / span };
  };
}

/** A line saying how disturbed the machine was, for beneath a section's table. */
export function describeMachine(reading: { steal: number; iowait: number } | null): string {
  if (!reading) return 'maskinen: ingen mätning av störningar (ingen /proc/stat)';
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  const disturbed = reading.steal > 0.05 || reading.iowait > 0.05;
  return `maskinen under avsnittet: steal ${percent(reading.steal)}, väntan på disk ${percent(reading.iowait)}${disturbed ? ' — störd körning, jämför med jämförelsevärdena och kör gärna om' : ''}`;
}
