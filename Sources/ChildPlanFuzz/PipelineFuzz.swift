import ChildPlanKit
import Foundation

/// The whole pipeline on a data set made from the fuzzer's choices: one or
/// two plans (appendix CSV or plan JSON, issued on any day the limits allow),
/// a log of returns, a registry, and a day to report on. Everything is loaded
/// through the readers, assessed, and rendered in every format; the JSON must
/// parse.
enum PipelineFuzz {
    static let agencies = [
        "Sở Y tế", "Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ",
        "UBND các huyện, thành phố", "UBND cấp xã", "Công an tỉnh", "Bộ Y tế", "Bộ LĐTBXH", "Các sở, ban ngành",
        "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn", "Cơ quan lạ", "So Y te", "SỞ Y TẾ", "",
    ]
    static let timeframes = [
        "Năm 2027", "Hằng năm", "Thường xuyên", "2025-2030", "2026 - 2027", "Quý II/2026", "Tháng 6/2026", "31/12/2026",
        "Theo đề nghị", "Trước 30/6 hằng năm", "2025", "2100", "1999", "", "Giai đoạn 2026-2030", "6 tháng đầu năm",
    ]
    static let words = [
        "Rà soát", "văn bản", "quyền trẻ em", "tuyên truyền", "bảo vệ", "chăm sóc", "phòng, chống", "xâm hại", "\"trích dẫn\"",
        "=1+1", "-", "(", ")", "trẻ em khuyết tật", "kinh phí", "hợp tác quốc tế", "\u{1B}[2J", "\u{202E}", "Nhi\u{0323}e\u{0302}m",
    ]
    static let statuses = ["Hoàn thành", "Đang triển khai", "Chưa triển khai", "completed", "in-progress", "not-started", "Tạm dừng", "xong"]
    static let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "1", "A"]

    static func run(_ bytes: [UInt8]) {
        var choices = FuzzBytes(bytes)
        var files = LoadedFiles()
        var planIDs: [String] = []
        for index in 0..<choices.int(in: 1...2) {
            let id = "ke-hoach-\(index)"
            let csv = appendix(&choices)
            if choices.bool() {
                let (loaded, diagnostics) = AppendixImporter.read(utf8: Array(csv.utf8), file: "\(id).csv", planID: id)
                files.diagnostics += diagnostics
                if let loaded { files.plans.append(loaded); planIDs.append(id) }
            } else {
                // A plan file with an issue date, from the imported appendix.
                let (imported, _) = AppendixImporter.read(utf8: Array(csv.utf8), file: "\(id).csv", planID: id)
                guard let imported else { continue }
                var json = String(decoding: PlanJSONCodec.encode(imported.plan), as: UTF8.self)
                json = json.replacingOccurrences(of: "\"issued\": null", with: "\"issued\": \"\(day(&choices).iso)\"")
                let (loaded, diagnostics) = PlanJSONCodec.read(utf8: Array(json.utf8), file: "\(id).json")
                files.diagnostics += diagnostics
                if let loaded { files.plans.append(loaded); planIDs.append(id) }
            }
        }
        let (updates, updateProblems) = UpdatesReader.read(utf8: Array(returns(&choices, plans: planIDs).utf8), file: "returns.csv")
        files.diagnostics += updateProblems
        if let updates { files.updates.append(updates) }
        let (registry, registryProblems) = RegistryReader.read(utf8: Array(registryRows(&choices).utf8), file: "agencies.csv")
        files.diagnostics += registryProblems
        if let registry { files.registries.append(registry) }

        let data = DataSet.assemble(files).dataSet
        let asOf = day(&choices)
        var reports = ReportSection.allCases.map { Report.summary(SummaryReport(data, asOf: asOf), $0) }
        reports.append(.returns(ReturnsSummary(data, asOf: asOf)))
        reports.append(.reminders(ReturnsSummary(data, asOf: asOf, periods: [period(&choices)])))
        if let first = data.plans.first {
            reports.append(.comparison(PlanComparison(parent: first, child: data.plans.last ?? first, registry: data.registry, on: asOf), asOf: asOf))
            reports.append(.history(TaskHistory(data, planID: first.id, asOf: asOf)))
        }
        let asked = choices.pick(agencies)
        if let match = AgencyQuery.find(asked, in: data, on: asOf) {
            reports.append(.agency(AgencyBrief(askedFor: asked, match: match, data: data, asOf: asOf)))
        }
        let language: Language = choices.bool() ? .vi : .en
        // Where the figures came from, as a report shows it: files, sample data, rows set aside.
        let provenance = ReportProvenance(
            files: files.paths, illustrativeFiles: choices.bool() ? Array(files.paths.prefix(1)) : [],
            setAside: files.diagnostics.prefix(3).map { SetAsideRow(location: $0.location, reason: choices.text(from: words)) })
        for report in reports {
            for format in OutputFormat.allCases {
                let options = RenderOptions(language: language, width: choices.int(in: 20...120), colour: choices.bool(), provenance: provenance)
                let text = format.render(report, options: options)
                if format == .json, (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil {
                    fatalError("the JSON report does not parse")
                }
            }
        }
    }

    static func day(_ choices: inout FuzzBytes) -> Day {
        let first = Day(year: 2000, month: 1, day: 1)!.daysSinceEpoch
        let last = Day(year: 2100, month: 12, day: 31)!.daysSinceEpoch
        return Day(daysSinceEpoch: first + choices.int(in: 0...65535) * (last - first) / 65535)
    }

    static func period(_ choices: inout FuzzBytes) -> ReportingPeriod {
        ReportingPeriod(year: choices.int(in: 2000...2100), span: choices.bool() ? .firstHalf : .fullYear)
    }

    static func cell(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func appendix(_ choices: inout FuzzBytes) -> String {
        var rows = ["STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện"]
        for _ in 0..<choices.int(in: 0...8) {
            if choices.int(in: 0...3) == 0 {
                rows.append("\(choices.pick(numerals)),\(cell(choices.text(from: words))),,,")
            } else {
                rows.append([String(choices.int(in: 0...12)), choices.text(from: words, words: 0...6), choices.pick(agencies),
                             choices.text(from: agencies, words: 0...3), choices.text(from: timeframes, words: 0...2)].map(cell).joined(separator: ","))
            }
        }
        return rows.joined(separator: choices.bool() ? "\n" : "\r\n")
    }

    static func returns(_ choices: inout FuzzBytes, plans: [String]) -> String {
        var rows = ["plan,task,period,status,date,agency,evidence,note"]
        for _ in 0..<choices.int(in: 0...12) {
            let task = "\(choices.pick(numerals)).\(choices.int(in: 0...9))"
            let period = choices.int(in: 0...7) == 0 ? choices.text(from: timeframes, words: 1...1) : self.period(&choices).description
            rows.append([choices.int(in: 0...4) == 0 ? "" : plans.isEmpty ? "x" : choices.pick(plans), task, period,
                         choices.pick(statuses), day(&choices).iso, choices.pick(agencies), choices.text(from: words),
                         choices.text(from: words)].map(cell).joined(separator: ","))
        }
        return rows.joined(separator: "\n")
    }

    static func registryRows(_ choices: inout FuzzBytes) -> String {
        var rows = ["name,short,aliases,kind,successor,since,level"]
        let kinds = ["department", "ministry", "commune", "province", "union", "other", "xyz", ""]
        for _ in 0..<choices.int(in: 0...4) {
            rows.append([choices.pick(agencies), "", choices.text(from: agencies, words: 0...2), choices.pick(kinds),
                         choices.int(in: 0...2) == 0 ? choices.pick(agencies) : "", choices.bool() ? day(&choices).iso : "",
                         choices.pick(["", "province", "commune", "national", "district"])].map(cell).joined(separator: ","))
        }
        return rows.joined(separator: "\n")
    }
}
