/// One problem found in the input, where it was found, and how serious it is.
///
/// The library only ever produces these; `MessageCatalogue` (in the
/// command-line layer) turns them into the words a user reads.
public struct Diagnostic: Error, Hashable, Sendable, Comparable {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var problem: InputProblem

    public init(_ severity: Severity, _ problem: InputProblem, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.problem = problem
    }

    public static func error(_ problem: InputProblem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, problem, at: location)
    }

    public static func warning(_ problem: InputProblem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, problem, at: location)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.location < rhs.location
    }
}
