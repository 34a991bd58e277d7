// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "childplan",
    products: [
        .executable(name: "childplan", targets: ["childplan"]),
        .library(name: "ChildPlanKit", targets: ["ChildPlanKit"]),
    ],
    targets: [
        // ZIP, DEFLATE, CRC-32, XML and the Word and Excel table models: no knowledge of plans.
        .target(name: "OfficeFormats"),
        .target(name: "ChildPlanKit", dependencies: ["OfficeFormats"]),
        .executableTarget(name: "childplan", dependencies: ["ChildPlanKit"]),
        // Data generator and benchmark: see BENCHMARKS.md.
        .executableTarget(name: "childplan-bench", dependencies: ["ChildPlanKit", "OfficeFormats"]),
        // libFuzzer target: scripts/fuzz.sh builds it with -DFUZZING; otherwise a stub.
        .executableTarget(name: "ChildPlanFuzz", dependencies: ["ChildPlanKit", "OfficeFormats"]),
        .testTarget(
            name: "ChildPlanKitTests",
            dependencies: ["ChildPlanKit", "OfficeFormats"],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(name: "OfficeFormatsTests", dependencies: ["OfficeFormats"], exclude: ["Fixtures"]),
        .testTarget(name: "childplanTests", dependencies: ["ChildPlanKit", "childplan", "childplan-bench", "ChildPlanFuzz"]),
    ]
)
