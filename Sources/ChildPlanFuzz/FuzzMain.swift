// The fuzz target for the CSV reader, the appendix importer, the other
// readers and the timeframe parser. Build and run it with scripts/fuzz.sh;
// the normal build makes only this stub.
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// SwiftPM links an executable's entry point under this name.
@_cdecl("ChildPlanFuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        FuzzInput.exercise(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
}
#else
@main
enum ChildPlanFuzzStub {
    static func main() {
        print("ChildPlanFuzz is a libFuzzer target: build and run it with scripts/fuzz.sh")
    }
}
#endif
