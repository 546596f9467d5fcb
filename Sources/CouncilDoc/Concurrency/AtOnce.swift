import Dispatch

/// Runs two independent pieces of work at once and returns both results: stages that are
/// serial inside (linking, the public transform) then run beside stages that use every core
/// (rendering), instead of leaving a core idle. Each closure must only read shared state.
func atOnce<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    var a: A?
    var b: B?
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UnsafeTwoClosures(first: first, second: second)
            withUnsafeMutablePointer(to: &a) { pa in
                withUnsafeMutablePointer(to: &b) { pb in
                    let slots = UnsafeTwoSlots(a: pa, b: pb)
                    DispatchQueue.concurrentPerform(iterations: 2) { i in
                        if i == 0 { slots.a.pointee = work.first() } else { slots.b.pointee = work.second() }
                    }
                }
            }
        }
    }
    return (a!, b!)
}

/// The two closures, each run on one thread of the concurrentPerform.
private struct UnsafeTwoClosures<A, B>: @unchecked Sendable {
    let first: () -> A
    let second: () -> B
}

/// The two results, each written by one thread only.
private struct UnsafeTwoSlots<A, B>: @unchecked Sendable {
    let a: UnsafeMutablePointer<A?>
    let b: UnsafeMutablePointer<B?>
}
