import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command and measures its wall time and peak memory (the child's maximum
/// resident set size, from wait4).
enum Measure {
    struct Result {
        let seconds: Double
        let peakMB: Double
        let status: Int32
    }

    static func run(_ executable: String, _ arguments: [String], quiet: Bool = true) -> Result {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now()
        guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else {
            return Result(seconds: 0, peakMB: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return Result(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }

    /// Median, minimum and maximum of several runs' times, and their largest peak memory.
    typealias Summary = (median: Double, min: Double, max: Double, peakMB: Double)

    static func summary(_ results: [Result]) -> Summary {
        let times = results.map(\.seconds).sorted()
        return (times[times.count / 2], times.first ?? 0, times.last ?? 0, results.map(\.peakMB).max() ?? 0)
    }
}
