import ChildPlanKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OfficeFormats

/// `childplan-bench office DOCX XLSX`: Word and Excel input, step by step,
/// beside the CSV of the same returns when it lies next to the workbook
/// (`returns.csv` for `returns.xlsx`), and our XML reader beside Foundation's
/// `XMLParser` over the same sheet.
enum OfficeBenchmark {
    /// Counts elements and text pieces, as our reader's events are counted.
    final class EventCounter: NSObject, XMLParserDelegate {
        var events = 0
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) { events += 1 }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) { events += 1 }
        func parser(_ parser: XMLParser, foundCharacters string: String) { events += 1 }
    }

    static func median(_ runs: Int, _ body: () -> Void) -> Double {
        (0..<runs).map { _ in Benchmark.time(body).1 }.sorted()[runs / 2]
    }

    static func run(document: String, workbook: String, runs: Int) {
        guard let documentBytes = FileManager.default.contents(atPath: document).map(Array.init),
              let workbookBytes = FileManager.default.contents(atPath: workbook).map(Array.init) else { fail("cannot read \(document) or \(workbook)") }
        print("Machine: \(cores) cores. Medians of \(runs) runs.\n")
        print("| step | median ms |")
        print("|---|---:|")
        func row(_ name: String, _ seconds: Double) { print("| \(name) | \(Benchmark.milliseconds(seconds)) |") }

        row("Word: import \((document as NSString).lastPathComponent) in process (unzip, read, appendix, details)", median(runs) {
            _ = AppendixImporter.read(documentBytes, file: document, planID: "p", defaultTimeframe: nil, choice: .init())
        })
        let importProcess = Benchmark.process([binary, "import", document], runs: runs)
        row("Word: whole process `childplan import \((document as NSString).lastPathComponent)`", importProcess.median)

        let archive = try! ZipArchive(bytes: workbookBytes)
        let sheetEntry = archive.entries.first { $0.name.hasPrefix("xl/worksheets/") }!
        var sheet: [UInt8] = []
        row("Excel: unzip and inflate the sheet (\(sheetEntry.size / 1_000_000) MB of XML)", median(runs) { sheet = try! archive.contents(of: sheetEntry) })
        row("Excel: our XMLReader over the sheet (every event)", median(runs) {
            var reader = XMLReader(sheet)
            var events = 0
            while (try? reader.next()) != nil { events += 1 }
        })
        #if canImport(FoundationXML)
        row("Excel: Foundation's XMLParser over the sheet (every event)", median(runs) {
            let parser = XMLParser(data: Data(sheet))
            let counter = EventCounter()
            parser.delegate = counter
            parser.parse()
        })
        #endif
        let book = try! Workbook(bytes: workbookBytes)
        row("Excel: open the workbook (shared strings, styles)", median(runs) { _ = try! Workbook(bytes: workbookBytes) })
        row("Excel: the sheet as a table (cells, dates, merges)", median(runs) { _ = try! book.table(of: book.sheets[0]) })
        var updates = 0
        row("Excel: load the returns workbook (DataLoader: all of the above, and the updates reader)", median(runs) {
            updates = DataLoader(concurrentReaders: 1).load(paths: [workbook]).updates.first?.updates.count ?? 0
        })
        let csv = (workbook as NSString).deletingPathExtension + ".csv"
        if FileManager.default.fileExists(atPath: csv) {
            row("CSV: load the same returns as CSV (DataLoader)", median(runs) { _ = DataLoader(concurrentReaders: 1).load(paths: [csv]) })
        }
        print("\n\(updates) updates read from the workbook.")
    }
}
