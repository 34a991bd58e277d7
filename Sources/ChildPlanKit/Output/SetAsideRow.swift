/// A row of the input that a report left out because it could not be read
/// (an update with an unknown status, say), with the reason as the message on
/// standard error words it. Every format lists these at the report's end, so
/// that a report sent on says what it did not count.
public struct SetAsideRow: Hashable, Sendable {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }
}
