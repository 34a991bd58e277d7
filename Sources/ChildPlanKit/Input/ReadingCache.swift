/// What one reader has worked out from cells that recur across files —
/// timeframes, partner lists, header words, status and period words, plan
/// ids and agency names — so that each is worked out once. One per thread:
/// it is not safe to share between threads.
final class ReadingCache {
    var timeframes: [String: Timeframe] = [:]
    var partnerLists: [String: [String]] = [:]
    var leads: [String: String] = [:]
    var words = UpdatesReader.WordCache()

    func timeframe(_ raw: String) -> Timeframe {
        if let known = timeframes[raw] { return known }
        let parsed = Timeframe(raw)
        timeframes[raw] = parsed
        return parsed
    }

    func partners(_ cell: String) -> [String] {
        if let known = partnerLists[cell] { return known }
        let split = AgencyList.split(cell)
        partnerLists[cell] = split
        return split
    }

    func lead(_ cell: String) -> String {
        if let known = leads[cell] { return known }
        let single = AgencyList.single(cell)
        leads[cell] = single
        return single
    }
}
