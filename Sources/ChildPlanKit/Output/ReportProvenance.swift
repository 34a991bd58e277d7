/// Where a report's figures came from, shown with the report in every
/// format so that a report sent on says what it rests on: the files read,
/// which of them are made-up sample data, the rows left out, and what the
/// plans infer rather than state.
public struct ReportProvenance: Hashable, Sendable {
    /// The files the report was made from, named in its header (JSON: `files`).
    public var files: [String]
    /// Files marked as illustrative sample data, not reported figures: the
    /// report says so at its top (JSON: `illustrative`).
    public var illustrativeFiles: [String]
    /// Rows of the input the report did not count, listed at its end (JSON: `setAside`).
    public var setAside: [SetAsideRow]
    /// Details the plans mark as inferred, listed at the report's end (JSON: `inferred`).
    public var inferred: InferredDetails

    public init(files: [String] = [], illustrativeFiles: [String] = [], setAside: [SetAsideRow] = [],
                inferred: InferredDetails = InferredDetails()) {
        self.files = files
        self.illustrativeFiles = illustrativeFiles
        self.setAside = setAside
        self.inferred = inferred
    }
}

/// A row of the input that a report left out because it could not be read
/// (an update with an unknown status, say), with the reason as the message on
/// standard error words it.
public struct SetAsideRow: Hashable, Sendable {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }
}
