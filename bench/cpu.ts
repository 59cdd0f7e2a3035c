import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`, 100 on Linux). */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/** A process's /proc/<pid>/stat fields after its name (which may hold spaces): field 3 on is index 0. */
const statOf = (pid: number): null | string[] => {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return text.slice(text.lastIndexOf(')') + 2).split(' ')
  } catch {
    return null // ended meanwhile
  }
}

/**
 * CPU milliseconds used so far by a PostgreSQL cluster: its postmaster and every process it started
 * (backends, autovacuum, checkpointer…), those still running by their own times, those that ended by the
 * times the postmaster collected from them (cutime, cstime). pg_stat_statements is not installed on the
 * throwaway cluster, and it would not count the backends' parsing and planning the same way; /proc does.
 * `backendPid` is any backend's pid (`SELECT pg_backend_pid()`), from which the postmaster is found.
 */
export const clusterCpuMs = ({ backendPid }: { backendPid: number }): null | number => {
  const backend = statOf(backendPid)
  if (!backend) return null
  const postmaster = Number(backend[1]) // ppid
  const own = statOf(postmaster)
  if (!own) return null
  // utime, stime, cutime, cstime are fields 14–17 (indexes 11–14 here).
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14])
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = statOf(Number(entry))
    if (stat && Number(stat[1]) === postmaster) ticks += Number(stat[11]) + Number(stat[12])
  }
  return (ticks * 1000) / ticksPerSecond
}
