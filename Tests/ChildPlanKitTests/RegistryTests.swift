import Foundation
import Testing

@testable import ChildPlanKit

@Suite("Agency registry")
struct RegistryTests {
    let registry = DefaultRegistry.registry

    @Test func builtInRegistryIsTheShippedFile() throws {
        let shipped = try String(contentsOfFile: Repository.dataFile("agencies.csv"), encoding: .utf8)
        #expect(DefaultRegistry.csv + "\n" == shipped, "run scripts/embed-registry.sh after editing Data/agencies.csv")
        let (loaded, diagnostics) = RegistryReader.read(utf8: Array(shipped.utf8), file: "agencies.csv")
        #expect(diagnostics.isEmpty)
        #expect(loaded?.agencies.count == registry.agencies.count)
    }

    @Test("Spellings of the same agency", arguments: [
        "Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH", "Sở LĐ-TB&XH", "sở lao động – thương binh và xã hội",
        "Sở Lao động -\nThương binh và\nXã hội", "So Lao dong - Thuong binh va Xa hoi",
        "Sở Lao động - Thương binh và Xã hội".decomposedStringWithCanonicalMapping,
    ])
    func spellings(name: String) {
        #expect(registry.agency(named: name)?.name == "Sở Lao động - Thương binh và Xã hội")
    }

    @Test func shortForms() {
        #expect(registry.agency(named: "Sở GD&ĐT")?.name == "Sở Giáo dục và Đào tạo")
        #expect(registry.agency(named: "Sở GDĐT")?.name == "Sở Giáo dục và Đào tạo")
        #expect(registry.agency(named: "Sở VHTTDL")?.name == "Sở Văn hóa, Thể thao và Du lịch")
        #expect(registry.agency(named: "Sở Văn hoá, Thể thao và Du lịch")?.name == "Sở Văn hóa, Thể thao và Du lịch")
        #expect(registry.agency(named: "Sở KH&ĐT")?.name == "Sở Kế hoạch và Đầu tư")
        #expect(registry.agency(named: "Sở không có") == nil)
    }

    @Test("Successions of 2025 take effect on their day", arguments: [
        ("Sở Lao động - Thương binh và Xã hội", "2025-02-28", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở Lao động - Thương binh và Xã hội", "2025-03-01", "Sở Y tế"),
        ("Sở Kế hoạch và Đầu tư", "2026-11-22", "Sở Tài chính"),
        ("Sở Tài nguyên và Môi trường", "2026-11-22", "Sở Nông nghiệp và Môi trường"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "2026-11-22", "Sở Nông nghiệp và Môi trường"),
        ("Sở Thông tin và Truyền thông", "2026-11-22", "Sở Khoa học và Công nghệ"),
        ("Ban Dân tộc", "2026-11-22", "Sở Dân tộc và Tôn giáo"),
        ("Phòng LĐTBXH", "2025-06-30", "Phòng Y tế"),
        ("Phòng LĐTBXH", "2026-11-22", "Phòng Văn hóa - Xã hội các xã, phường, đặc khu"),
        ("UBND các huyện, thành phố", "2025-06-30", "UBND các huyện, thành phố"),
        ("UBND các huyện, thành phố", "2025-07-01", "UBND các xã, phường, đặc khu"),
        ("Bộ Lao động - Thương binh và Xã hội", "2026-11-22", "Bộ Y tế"),
        ("Sở Y tế", "2026-11-22", "Sở Y tế"),
    ])
    func succession(name: String, day: String, carrier: String) {
        let carried = registry.carrier(of: name, on: Build.day(day))
        #expect(carried.name == carrier)
        #expect(carried.predecessor == (carrier == VietnameseText.tidyName(name) ? nil : registry.agency(named: name)?.name))
    }

    @Test func unknownNamesAreKeptAsWrittenNeverMerged() {
        let carried = registry.carrier(of: "Sở  Lao động mới", on: Build.day("2026-01-01"))
        #expect(carried.name == "Sở Lao động mới")
        #expect(!carried.isKnown)
        #expect(carried.kind == nil)
    }

    @Test func aUserRegistryOverridesASuccession() throws {
        let csv = "name,short,aliases,kind,successor,since\nSở Thông tin và Truyền thông,,,department,\"Sở Văn hóa, Thể thao và Du lịch\",2025-03-01\nHội Bảo trợ mới,HBT,,massOrganisation,,\n"
        let (loaded, diagnostics) = RegistryReader.read(utf8: Array(csv.utf8), file: "mine.csv")
        #expect(diagnostics.isEmpty)
        var registry = self.registry
        for agency in try #require(loaded).agencies { registry.add(agency) }
        #expect(registry.carrier(of: "Sở TT&TT", on: Build.day("2026-01-01")).name == "Sở Văn hóa, Thể thao và Du lịch")
        #expect(registry.agency(named: "HBT")?.kind == .massOrganisation)
        #expect(registry.agencies.count == self.registry.agencies.count + 1)
    }

    @Test func successionCyclesStop() {
        let registry = AgencyRegistry(agencies: [
            Agency(name: "A", kind: .department, successor: "B", since: Build.day("2025-01-01")),
            Agency(name: "B", kind: .department, successor: "A", since: Build.day("2025-01-01")),
        ])
        #expect(registry.carrier(of: "A", on: Build.day("2026-01-01")).name == "B")
    }

    @Test func badRegistryRows() {
        let csv = "name,short,aliases,kind,successor,since\n,x,,department,,\nSở A,,,bureau,,\nSở B,,,department,Sở C,01/13/2025\n"
        let (loaded, diagnostics) = RegistryReader.read(utf8: Array(csv.utf8), file: "r.csv")
        #expect(loaded == nil)
        #expect(diagnostics.map(\.problem) == [.missingAgencyName, .unknownAgencyKind("bureau"), .invalidDate("01/13/2025")])
        #expect(diagnostics.map(\.location.line) == [2, 3, 4])
    }
}

@Suite("Agency name keys")
struct AgencyNameKeyTests {
    /// The loose key as first written: every word looked up, words joined by single spaces.
    static func reference(_ name: String) -> String {
        VietnameseText.looseKey(name).split(separator: " ")
            .map { AgencyNameKey.abbreviations[String($0)] ?? String($0) }.joined(separator: " ")
    }

    @Test("Abbreviations written out wherever they stand", arguments: [
        "UBND tỉnh Kon Tum", "Ủy ban MTTQ Việt Nam tỉnh", "Sở Y tế", "UBND", "BHXH", "Công an TP. Kon Tum", "TP",
        "Bộ Chỉ huy Quân sự tỉnh (BCHQS)", "  UBND   các   huyện  ", "", "Hội LHPN tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh", "ubmttq tw",
    ])
    func looseKeysAgreeWithTheReference(name: String) {
        #expect(AgencyNameKey.loose(name) == Self.reference(name))
    }

    @Test func aKnownAbbreviationFindsTheAgency() {
        #expect(AgencyNameKey.loose("UBND tỉnh") == "uy ban nhan dan tinh")
        #expect(AgencyNameKey.loose("Công an TP. Kon Tum") == "cong an thanh pho kon tum")
    }
}
