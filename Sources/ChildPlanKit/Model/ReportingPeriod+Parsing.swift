extension ReportingPeriod {
    /// Reads a period: `2025-H1`, `H1/2025`, `6 tháng đầu năm 2025`, `6 tháng 2025`
    /// for the 6-month report; `2025`, `Năm 2025`, `cả năm 2025` for the annual one.
    public init?(parsing text: String) {
        let tokens = TimeframeParser.tokenize(VietnameseText.looseKey(text))
        var year: Int?
        var firstHalf = false
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .number(let value, 4):
                guard year == nil else { return nil }
                year = value
            case .word("h") where index + 1 < tokens.count && tokens[index + 1] == .number(value: 1, width: 1):
                firstHalf = true
                index += 1
            case .number(6, 1) where index + 1 < tokens.count && tokens[index + 1] == .word("thang"):
                firstHalf = true
                index += 1
            case .word("dau"), .word("nam"), .word("ca"), .word("year"), .word("fy"), .symbol("-"), .symbol("/"):
                break
            default:
                return nil
            }
            index += 1
        }
        guard let year, (1990...2100).contains(year) else { return nil }
        self.init(year: year, span: firstHalf ? .firstHalf : .fullYear)
    }
}
