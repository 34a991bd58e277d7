// The libFuzzer targets (FuzzTarget): one per reader, the whole pipeline and
// the updates log. Build and run them with scripts/fuzz.sh, which names the
// target in FUZZ_TARGET; the normal build makes only this stub.
#if FUZZING
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The target this process runs, chosen once before fuzzing starts.
nonisolated(unsafe) var selectedTarget = FuzzTarget.csv

/// SwiftPM links an executable's entry point under this name.
@_cdecl("ChildPlanFuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        print("FUZZ_TARGET must name one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        return 2
    }
    selectedTarget = target
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        selectedTarget.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
}
#else
@main
enum ChildPlanFuzzStub {
    static func main() {
        print("ChildPlanFuzz holds the libFuzzer targets: build and run them with scripts/fuzz.sh")
    }
}
#endif
