import Foundation

/// Everything read from the paths a command was given, before it is
/// checked as a whole (see `DataSet.assemble`).
public struct LoadedFiles: Sendable {
    public var plans: [LoadedPlan] = []
    public var updates: [LoadedUpdates] = []
    public var registries: [LoadedRegistry] = []
    public var diagnostics: [Diagnostic] = []
    /// Files that say they are made-up sample data (`SampleDataMark`).
    public var illustrative: [String] = []
    /// Files in a directory that are not childplan files (a README, a stray CSV).
    public var skipped: [String] = []

    public init() {}

    public var fileCount: Int { plans.count + updates.count + registries.count }

    /// Every file read, plans first.
    public var paths: [String] { plans.map(\.file) + updates.map(\.file) + registries.map(\.file) }

    /// Adds what another read found after what this one holds.
    mutating func append(_ other: LoadedFiles) {
        plans += other.plans
        updates += other.updates
        registries += other.registries
        diagnostics += other.diagnostics
        skipped += other.skipped
        illustrative += other.illustrative
    }
}
