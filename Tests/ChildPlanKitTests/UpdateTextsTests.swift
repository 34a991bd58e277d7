import Testing

@testable import ChildPlanKit

@Suite("Evidence and notes kept as bytes")
struct UpdateTextsTests {
    static let header = "plan,task,period,status,date,agency,evidence,note\r\n"

    func read(_ csv: String) -> [StatusUpdate] {
        let (loaded, diagnostics) = UpdatesReader.read(utf8: Array(csv.utf8), file: "updates.csv")
        #expect(diagnostics.isEmpty)
        return loaded?.updates ?? []
    }

    @Test("cells that need tidying read as the tidied text, cells that do not as written")
    func tidiedAsStrings() {
        let nfdEvidence = "Ba\u{301}o ca\u{301}o  số 12/BC-SYT"
        let updates = read(Self.header + """
            p,I.1,2026-H1,completed,2026-06-01,Sở Y tế,Báo cáo số 1/BC-SYT,\r
            p,I.2,2026-H1,completed,2026-06-01,Sở Y tế,"\(nfdEvidence)","Dòng một\r\n\r\nDòng  hai "\r
            p,I.3,2026-H1,completed,2026-06-01,Sở Y tế,'- 5 lớp,'=SUM(A1)\r
            p,I.4,2026-H1,completed,2026-06-01,Sở Y tế,,\r

            """)
        #expect(updates.map(\.evidence) == ["Báo cáo số 1/BC-SYT", VietnameseText.tidyName(nfdEvidence), "- 5 lớp", ""])
        #expect(updates.map(\.note) == ["", VietnameseText.tidy("Dòng một\n\nDòng  hai "), "=SUM(A1)", ""])
        #expect(updates[1].evidence == "Báo cáo số 12/BC-SYT")
    }

    @Test("an update read from a file equals one made from strings, and setting one text keeps the other")
    func equalityAndSetting() throws {
        let read = try #require(read(Self.header + "p,I.1,2026-H1,completed,2026-06-01,Sở Y tế,Báo cáo số 1/BC-SYT,Đã xong\r\n").first)
        var made = StatusUpdate(
            planID: "p", taskID: "I.1", period: ReportingPeriod(year: 2026, span: .firstHalf), status: .completed,
            date: Day(year: 2026, month: 6, day: 1)!, agency: "Sở Y tế", evidence: "Báo cáo số 1/BC-SYT", note: "Đã xong")
        #expect(read == made)
        #expect(read.hashValue == made.hashValue)
        made.evidence = "Công văn 7/SYT"
        #expect(made.evidence == "Công văn 7/SYT" && made.note == "Đã xong")
        made.note = ""
        #expect(made.evidence == "Công văn 7/SYT" && made.note.isEmpty)
        #expect(read != made)
        made.evidence = " set  by code "
        #expect(made.evidence == " set  by code ")
    }

    @Test("texts that overflow a chunk start a new one; a text longer than a chunk gets its own")
    func chunksFillAndOverflow() {
        var writer = UpdateTextsWriter(chunkSize: 16)
        let pairs = [("Báo cáo 1", "ghi"), ("Báo cáo số 22", ""), ("", "một ghi chú dài hơn một khối chữ"), ("x", "y")]
        let stored = pairs.map { evidence, note in
            var evidence = evidence
            var note = note
            return evidence.withUTF8 { e in note.withUTF8 { n in writer.store(evidence: e, note: n, tidiedWhenRead: false) } }
        }
        #expect(stored.map(\.evidence) == pairs.map(\.0))
        #expect(stored.map(\.note) == pairs.map(\.1))
    }
}
