/// A buffer whose distinct slots are written by distinct threads of a concurrentPerform:
/// no two iterations touch the same slot, so no lock is needed.
struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
