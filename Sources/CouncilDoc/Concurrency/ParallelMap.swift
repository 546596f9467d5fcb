import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core, results in the original order. `transform` runs on several
    /// threads at once: it must only read shared state.
    func parallelMap<T>(_ transform: (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        withoutActuallyEscaping(transform) { transform in
            let work = UnsafeSendableClosure(transform)
            results.withUnsafeMutableBufferPointer { slots in
                let slots = UnsafeSendableBuffer(slots)
                self.withUnsafeBufferPointer { elements in
                    let elements = UnsafeSendableBuffer(UnsafeMutableBufferPointer(mutating: elements))
                    DispatchQueue.concurrentPerform(iterations: elements.buffer.count) { i in
                        slots.buffer[i] = work.body(elements.buffer[i])
                    }
                }
            }
        }
        return results.map { $0! }
    }
}

/// A closure handed to `concurrentPerform`, which runs it on several threads at once; the
/// callers guarantee that it only reads shared state.
private struct UnsafeSendableClosure<Element, T>: @unchecked Sendable {
    let body: (Element) -> T
    init(_ body: @escaping (Element) -> T) { self.body = body }
}
