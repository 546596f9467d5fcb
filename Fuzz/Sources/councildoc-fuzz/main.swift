import CouncilDoc
import Foundation

/// libFuzzer's entry: load → link → public transform of the project the input stands for
/// (see `FuzzInput`); rendering is exercised by the tests, here it would cut the
/// executions tenfold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInput.run(Data(bytes: data, count: size))
    return 0
}
