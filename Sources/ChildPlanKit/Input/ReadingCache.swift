/// What one reader has worked out from cells that recur across files — header rows,
/// timeframes, partner lists, leads, status and period words, plan ids and
/// agency names — so that each is worked out once, and found again by the
/// cell's bytes without making a `String`. One per thread: it is not safe
/// to share between threads.
final class ReadingCache {
    private var timeframes = ByteCache<Timeframe>()
    private var partnerLists = ByteCache<[String]>()
    private var leads = ByteCache<String>()
    /// Plans copy their task texts from the plan above them, word for word:
    /// a national roll-up has 85,000 tasks and a few hundred texts.
    private var taskTexts = ByteCache<String>(keyByteLimit: 8 << 20)
    var words = UpdatesReader.WordCache()
    private var headers: CSVHeader.HeaderCache? = CSVHeader.HeaderCache()

    func header<Source: RecordSource>(in parser: inout Source, expecting kind: FileKind?) throws(CSVParser.SyntaxError) -> CSVHeader? {
        try CSVHeader.find(in: &parser, expecting: kind, cache: &headers)
    }

    func timeframe(in record: CSVRecord, field: Int) -> Timeframe {
        record.withBytes(field) { bytes in timeframes.value(for: bytes) { _ in Timeframe(record.string(field)) } }
    }

    func partners(in record: CSVRecord, field: Int) -> [String] {
        record.withBytes(field) { bytes in partnerLists.value(for: bytes) { _ in AgencyList.split(record.string(field)) } }
    }

    func taskText(in record: CSVRecord, field: Int) -> String {
        record.withBytes(field) { bytes in taskTexts.value(for: bytes) { _ in record.tidyString(field, keepingLineBreaks: true) } }
    }

    // The same, for the strings of a plan file (`PlanJSONCodec.read(utf8:file:cache:)`).

    func timeframe(_ text: String) -> Timeframe { cached(text, in: &timeframes) { Timeframe($0) } }
    func taskText(_ text: String) -> String { cached(text, in: &taskTexts) { VietnameseText.tidy($0) } }
    func lead(_ text: String) -> String { cached(text, in: &leads) { AgencyList.single($0) } }

    private func cached<Value>(_ text: String, in cache: inout ByteCache<Value>, make: (String) -> Value) -> Value {
        var bytes = text
        return bytes.withUTF8 { utf8 in cache.value(for: utf8) { _ in make(text) } }
    }

    func lead(in record: CSVRecord, field: Int) -> String {
        record.withBytes(field) { bytes in leads.value(for: bytes) { _ in AgencyList.single(record.string(field)) } }
    }
}
