/// Registry look-ups for one day, each name resolved once and found again
/// by its bytes (hashing Vietnamese `String`s normalises them first, which
/// costs more than the look-up).
struct CarrierCache {
    let registry: AgencyRegistry
    let day: Day
    private var known = ByteCache<CarriedAgency>()

    init(registry: AgencyRegistry, day: Day) {
        self.registry = registry
        self.day = day
    }

    mutating func carrier(of name: String) -> CarriedAgency {
        var bytes = name
        let registry = registry
        let day = day
        return bytes.withUTF8 { utf8 in
            known.value(for: utf8) { _ in registry.carrier(of: name, on: day) }
        }
    }
}
