/// One row of a plan's appendix: a task with its lead, partners and timeframe.
///
/// Named `PlanTask` because `Task` belongs to Swift concurrency.
public struct PlanTask: Hashable, Sendable {
    public var group: TaskGroup
    /// The task's number within its group (1, 2, 3…).
    public var number: Int
    /// The texts, held in one shared object: a task is copied into every
    /// assessment and overdue item of a report, and one reference is
    /// cheaper to copy (and to count) than five (DESIGN.md §12).
    private var texts: Texts
    /// Details not read in the source document but inferred (`InferredFields.swift`).
    public var inferred: InferredFields = []
    /// For a task done on request (theo đề nghị): the day the request was
    /// recorded. From the period it falls in, the task owes returns.
    public var requested: Day?
    /// The agency the plan itself names to carry the task now, whatever the
    /// successions say (`carrier` in the plan file): a province's own assignment.
    public var carrier: String?

    public var text: String {
        get { texts.text }
        set { texts = Texts(text: newValue, lead: lead, partners: partners, timeframe: timeframe) }
    }

    /// The lead agency (cơ quan chủ trì), as written in the plan.
    public var lead: String {
        get { texts.lead }
        set { texts = Texts(text: text, lead: newValue, partners: partners, timeframe: timeframe) }
    }

    /// The partner agencies (cơ quan phối hợp), as written, one entry per agency.
    public var partners: [String] {
        get { texts.partners }
        set { texts = Texts(text: text, lead: lead, partners: newValue, timeframe: timeframe) }
    }

    public var timeframe: Timeframe {
        get { texts.timeframe }
        set { texts = Texts(text: text, lead: lead, partners: partners, timeframe: newValue) }
    }

    private final class Texts: Sendable {
        let text: String
        let lead: String
        let partners: [String]
        let timeframe: Timeframe

        init(text: String, lead: String, partners: [String], timeframe: Timeframe) {
            self.text = text
            self.lead = lead
            self.partners = partners
            self.timeframe = timeframe
        }
    }

    public init(group: TaskGroup, number: Int, text: String, lead: String, partners: [String], timeframe: Timeframe) {
        self.group = group
        self.number = number
        texts = Texts(text: text, lead: lead, partners: partners, timeframe: timeframe)
    }

    public static func == (lhs: PlanTask, rhs: PlanTask) -> Bool {
        lhs.group == rhs.group && lhs.number == rhs.number && lhs.inferred == rhs.inferred && lhs.requested == rhs.requested && lhs.carrier == rhs.carrier
            && (lhs.texts === rhs.texts
                || (lhs.text == rhs.text && lhs.lead == rhs.lead && lhs.partners == rhs.partners && lhs.timeframe == rhs.timeframe))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(group)
        hasher.combine(number)
        hasher.combine(text)
        hasher.combine(lead)
        hasher.combine(partners)
        hasher.combine(timeframe)
    }

    /// `<roman group>.<number>`, e.g. `II.3`: how plans and returns refer to a task.
    public var id: String { PlanTask.id(group: group, number: number) }

    public static func id(group: TaskGroup, number: Int) -> String {
        group.romanNumeral + "." + String(number)
    }

    /// The group and number of an id written as `id(group:number:)` writes
    /// it (`II.3`), read from its bytes; nil for anything else.
    static func place(ofID id: String) -> (group: TaskGroup, number: Int)? {
        var id = id
        return id.withUTF8 { bytes -> (TaskGroup, Int)? in
            guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > 0, dot + 1 < bytes.count,
                  let value = RomanNumeral.value(ofCapitals: bytes[..<dot]), let group = TaskGroup(rawValue: value)
            else { return nil }
            var number = 0
            for index in (dot + 1)..<bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10, number < 100_000_000 else { return nil }
                number = number * 10 + Int(digit)
            }
            guard number > 0, bytes[dot + 1] != UInt8(ascii: "0") else { return nil }
            return (group, number)
        }
    }
}
