import ChildPlanKit
import Foundation

extension SeededGenerator {
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &self)] }
}

/// Writes a national data set in childplan's own formats: an appendix CSV per
/// plan (both layouts, both delimiters, some with BOM and CRLF), and one
/// updates file per province and year, with the gaps, delays, corrections
/// and late returns real returns have.
struct Generator {
    var plans: Int
    var years: Int
    var seed: UInt64
    /// Where the real task texts and registry come from.
    var dataDirectory: String
    /// Each plan written as a plan file that says where it belongs, instead of an appendix CSV.
    var places = false

    static let centrallyRunCities: Set = ["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"]

    static let provinces = [
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
        "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
        "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai",
        "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    ]

    static let communeNames = [
        "Tân Phú", "Hòa Bình", "An Khánh", "Phước Long", "Thạnh Mỹ", "Đông Hưng", "Nam Sơn", "Bình Minh", "Quang Trung",
        "Hưng Đạo", "Tiên Phong", "Đồng Tâm", "Minh Khai", "Thống Nhất", "Hợp Thành", "Kim Liên", "Trường Sơn", "Ea Tu",
    ]

    static let provincialLeads = [
        ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"), ("Sở Y tế", "Sở Y tế"), ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
        ("Sở Tư pháp", "Sở Tư pháp"), ("Công an tỉnh", "CA tỉnh"), ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
        ("Sở Thông tin và Truyền thông", "Sở TT&TT"), ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"), ("Sở Tài chính", "Sở TC"),
        ("Ban Dân tộc", "Ban Dân tộc"), ("Sở Nội vụ", "Sở NV"), ("Sở Tài nguyên và Môi trường", "Sở TN&MT"),
        ("Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh"),
    ]

    static let communeLeads = [
        "Ủy ban nhân dân xã", "Công an xã", "Trạm Y tế xã", "Công chức Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã",
        "Đoàn Thanh niên xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    ]

    static let recurring = ["Thường xuyên hằng năm", "Thường xuyên hàng năm", "Hằng năm", "Thường xuyên", "Thường xuyên, hằng năm"]
    static let onRequest = ["Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan.", "Khi có yêu cầu", "Theo yêu cầu của cấp trên"]
    static let oneDeadline = ["Năm 2027", "Quý II/2026", "Tháng 6/2027", "31/12/2026", "2025-2030", "Trước ngày 30/6/2026", "Năm 2026"]

    /// What was written, for the summary line.
    struct Written {
        var plans = 0
        var tasks = 0
        var updates = 0
        var bytes = 0
    }

    /// A task as generated, to write returns for.
    struct TaskInfo {
        var planID: String
        var id: String
        var lead: String
        var timeframe: String
    }

    func write(to output: String) throws -> Written {
        var random = SeededGenerator(seed: seed)
        let texts = try Generator.taskTexts(from: dataDirectory)
        var written = Written()
        let fileManager = FileManager.default
        try? fileManager.removeItem(atPath: output)
        try fileManager.createDirectory(atPath: output + "/plans", withIntermediateDirectories: true)
        try fileManager.createDirectory(atPath: output + "/updates", withIntermediateDirectories: true)
        try fileManager.copyItem(atPath: dataDirectory + "/agencies.csv", toPath: output + "/agencies.csv")

        var tasksByProvince: [[TaskInfo]] = Array(repeating: [], count: Generator.provinces.count)
        for index in 0..<plans {
            let province = index % Generator.provinces.count
            let isProvincial = index < Generator.provinces.count
            let provinceSlug = Generator.slug(Generator.provinces[province])
            let communeName = isProvincial ? "" : random.pick(Generator.communeNames)
            let planID = isProvincial ? "\(provinceSlug)-tinh-2025" : "\(provinceSlug)-xa-\(Generator.slug(communeName))-\(index)"
            var (bytes, tasks) = plan(id: planID, provincial: isProvincial, texts: texts, random: &random)
            let directory = "\(output)/plans/\(provinceSlug)"
            if !fileManager.fileExists(atPath: directory) { try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            if places {
                // The appendix read back as childplan reads it, then written as a plan file with its place and issuer.
                let name = Generator.provinces[province]
                let provinceName = (Generator.centrallyRunCities.contains(name) ? "thành phố " : "tỉnh ") + name
                let commune = "xã \(communeName) \(index)"
                guard var read = AppendixImporter.read(utf8: bytes, file: planID + ".csv", planID: planID).0?.plan else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "plan \(planID) does not read back"])
                }
                read.jurisdiction = isProvincial ? provinceName : "\(commune), \(provinceName)"
                read.issuer = isProvincial ? "UBND \(provinceName)" : "UBND \(commune)"
                bytes = PlanJSONCodec.encode(read)
                try Data(bytes).write(to: URL(fileURLWithPath: "\(directory)/\(planID).json"))
            } else {
                try Data(bytes).write(to: URL(fileURLWithPath: "\(directory)/\(planID).csv"))
            }
            tasksByProvince[province] += tasks
            written.plans += 1
            written.tasks += tasks.count
            written.bytes += bytes.count
        }
        for (province, tasks) in tasksByProvince.enumerated() where !tasks.isEmpty {
            for year in 2025..<(2025 + years) {
                let (bytes, rows) = returns(for: tasks, year: year, vietnamese: province % 3 == 0, random: &random)
                try Data(bytes).write(to: URL(fileURLWithPath: "\(output)/updates/\(Generator.slug(Generator.provinces[province]))-\(year).csv"))
                written.updates += rows
                written.bytes += bytes.count
            }
        }
        return written
    }

    /// One plan's appendix, in the document layout or the flat one.
    func plan(id: String, provincial: Bool, texts: [[String]], random: inout SeededGenerator) -> ([UInt8], [TaskInfo]) {
        let flat = random.chance(0.4)
        let semicolon = random.chance(0.3)
        let writer = CSVWriter(delimiter: semicolon ? ";" : ",", lineEnd: semicolon ? "\r\n" : "\n")
        var rows: [[String]] = [flat
            ? ["group", "no", "task", "lead", "partners", "timeframe"]
            : ["STT", "Nhiệm vụ thực hiện các nội dung khuyến nghị", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]]
        var tasks: [TaskInfo] = []
        let counts = [3, 4, 5, 9, 2, 1, 1].map { max(0, $0 + Int.random(in: -1...1, using: &random)) }
        for (groupIndex, count) in counts.enumerated() where count > 0 {
            let group = TaskGroup(rawValue: groupIndex + 1)!
            if !flat { rows.append([group.romanNumeral, "Nhóm nhiệm vụ \(group.vietnameseName)", "", "", ""]) }
            for number in 1...count {
                let text = random.pick(texts[groupIndex])
                let (lead, leadAsWritten) = leadName(provincial: provincial, random: &random)
                let partners = partnerCell(provincial: provincial, random: &random)
                let timeframe = timeframe(random: &random)
                let stt = !flat && count == 1 && random.chance(0.5) ? "" : String(number)
                rows.append(flat
                    ? [group.romanNumeral, String(number), text, leadAsWritten, partners, timeframe]
                    : [stt, text, leadAsWritten, partners, timeframe])
                tasks.append(TaskInfo(planID: id, id: PlanTask.id(group: group, number: number), lead: lead, timeframe: timeframe))
            }
        }
        var text = writer.table(rows)
        if random.chance(0.05) { text = text.decomposedStringWithCanonicalMapping }
        return ((semicolon ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), tasks)
    }

    func leadName(provincial: Bool, random: inout SeededGenerator) -> (String, String) {
        guard provincial else {
            let name = random.pick(Generator.communeLeads)
            return (name, name)
        }
        let (name, short) = random.pick(Generator.provincialLeads)
        return (name, random.chance(0.3) ? short : name)
    }

    func partnerCell(provincial: Bool, random: inout SeededGenerator) -> String {
        var partners = provincial
            ? [random.pick(["Các sở, ban, ngành, đơn vị liên quan", "Các sở, ban ngành, đơn vị liên quan"]),
               random.pick(["UBND các huyện, thành phố", "UBND các xã, phường"])]
            : [random.pick(["Các thôn, tổ dân phố", "Các trường học trên địa bàn xã"])]
        if random.chance(0.4) {
            partners.insert(provincial ? random.pick(Generator.provincialLeads).0 : random.pick(Generator.communeLeads), at: 0)
        }
        return partners.joined(separator: "; ")
    }

    func timeframe(random: inout SeededGenerator) -> String {
        let roll = Double.random(in: 0..<1, using: &random)
        if roll < 0.85 { return random.pick(Generator.recurring) }
        if roll < 0.93 { return random.pick(Generator.oneDeadline) }
        if roll < 0.98 { return random.pick(Generator.onRequest) }
        return ""
    }

    /// A province's returns for a year: each task reported for the first
    /// half and the year with a 93% chance, 8% reported a second time
    /// (a correction), one in ten after the deadline.
    func returns(for tasks: [TaskInfo], year: Int, vietnamese: Bool, random: inout SeededGenerator) -> ([UInt8], Int) {
        let writer = CSVWriter()
        var text = writer.record(vietnamese
            ? ["Kế hoạch", "Nhiệm vụ", "Kỳ báo cáo", "Tình trạng", "Ngày báo cáo", "Cơ quan báo cáo", "Văn bản", "Ghi chú"]
            : ["plan", "task", "period", "status", "date", "agency", "evidence", "note"])
        var rows = 0
        let statuses: [(Status, Double)] = [(.inProgress, 0.58), (.completed, 0.3), (.delayed, 0.06), (.notStarted, 0.055), (.cancelled, 0.005)]
        for period in [ReportingPeriod(year: year, span: .firstHalf), ReportingPeriod(year: year, span: .fullYear)] {
            let deadline = period.deadline(under: .standard)
            for task in tasks where random.chance(0.93) {
                for copy in 0..<(random.chance(0.08) ? 2 : 1) {
                    var roll = Double.random(in: 0..<1, using: &random)
                    let status = statuses.first { roll -= $0.1; return roll < 0 }?.0 ?? .inProgress
                    let late = random.chance(0.1)
                    let date = deadline.adding(days: (late ? Int.random(in: 1...40, using: &random) : -Int.random(in: 0...25, using: &random)) + copy * 3)
                    let number = Int.random(in: 1...999, using: &random)
                    let word = vietnamese ? status.vietnameseWord : status.rawValue
                    let day = vietnamese ? date.vietnamese : date.iso
                    let note = status == .delayed ? "Chưa bố trí được kinh phí" : (status == .cancelled ? "Không còn phù hợp sau sắp xếp" : "")
                    text += writer.record([task.planID, task.id, period.description, word, day, task.lead,
                                           "Báo cáo số \(number)/BC-UBND ngày \(date.vietnamese)", note])
                    rows += 1
                }
            }
        }
        return (Array(text.utf8), rows)
    }

    /// Task texts by group, from the shipped plans.
    static func taskTexts(from directory: String) throws -> [[String]] {
        var texts: [[String]] = Array(repeating: [], count: 7)
        let files = DataLoader().load(paths: [directory])
        for plan in files.plans.map(\.plan) {
            for task in plan.tasks where !texts[task.group.rawValue - 1].contains(task.text) {
                texts[task.group.rawValue - 1].append(task.text)
            }
        }
        guard texts.allSatisfy({ !$0.isEmpty }) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no task texts for every group in \(directory)"])
        }
        return texts
    }

    static func slug(_ text: String) -> String {
        let loose = VietnameseText.looseKey(text)
        return String(loose.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
