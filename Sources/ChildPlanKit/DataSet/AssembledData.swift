/// A data set together with where each part of it was read, and every
/// problem found while reading and assembling it.
public struct AssembledData: Sendable {
    public var dataSet: DataSet
    /// The plans kept, one per id, with their task locations.
    public var plans: [LoadedPlan]
    /// Everything read, updates with where each was read.
    public var files: LoadedFiles
    /// Problems from reading the files and from putting them together.
    public var diagnostics: [Diagnostic]
}
