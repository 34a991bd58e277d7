/// Which details of a plan were not read in its source document but
/// inferred (a default, or what the plan implies): reports mark them, so that
/// nobody takes them for what the plan says (DESIGN.md §4, §8).
extension Plan {
    /// A plan-level detail that can be inferred. Raw values are the plan JSON keys.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case title, issuer, document, issued, implements, coordinator, reporting
    }
}

extension PlanTask {
    /// The task details that can be inferred, as a set of bits (a task is
    /// copied into every assessment, so this holds no reference).
    public struct InferredFields: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let lead = InferredFields(rawValue: 1 << 0)
        public static let partners = InferredFields(rawValue: 1 << 1)
        public static let timeframe = InferredFields(rawValue: 1 << 2)

        /// Each field with its plan JSON key, in the order the keys are written.
        public static let named: [(field: InferredFields, key: String)] = [(.lead, "lead"), (.partners, "partners"), (.timeframe, "timeframe")]

        public var keys: [String] { Self.named.filter { contains($0.field) }.map(\.key) }

        public init?(key: String) {
            guard let named = Self.named.first(where: { $0.key == key }) else { return nil }
            self = named.field
        }
    }
}
