import Foundation

/// Reading option values and delivering results, shared by the commands.
enum CommandLineValues {
    static func day(_ text: String?, option: String) throws(UsageError) -> Day? {
        guard let text else { return nil }
        guard let day = Day(parsing: text) else { throw .invalidDate(text, option: option) }
        guard Limits.years.contains(day.year) else { throw .dayOutOfRange(text, option: option, years: Limits.years) }
        return day
    }


    /// True for `-o DIR/` or an existing directory: each CSV table goes to a file of its own there.
    static func isDirectoryTarget(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// Each table of a report as `DIR/<table>.csv`.
    static func deliverTables(_ report: Report, language: Language, excel: Bool, into directory: String, stderr: String) -> Outcome {
        let writer = CSVReportWriter(excel: excel)
        let tables = writer.tables(of: ReportLayout(language: language).document(for: report))
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let failure = OutputFile.WriteError(path: directory, problem: .described((error as NSError).localizedDescription))
            return Outcome(stderr: stderr + MessageCatalogue.outputFailure(failure), exitCode: .cannotCreateOutput)
        }
        var names: [String] = []
        for table in tables {
            let path = (directory as NSString).appendingPathComponent(table.name + ".csv")
            do {
                try OutputFile.write(Array(writer.file(table).utf8), to: path)
            } catch {
                return Outcome(stderr: stderr + MessageCatalogue.outputFailure(error), exitCode: .cannotCreateOutput)
            }
            names.append(table.name + ".csv")
        }
        return Outcome(stderr: stderr + MessageCatalogue.message(for: .tablesWritten(names: names, directory: directory)) + "\n")
    }

    /// The result on standard output, or written to a file at once
    /// (atomically, see `OutputFile`); `note` goes to standard error after it is written.
    static func deliver(_ output: Outcome.StandardOutput, to path: String?, stderr: String = "", note: String? = nil) -> Outcome {
        let done = stderr + (note.map { $0 + "\n" } ?? "")
        guard let path, path != "-" else { return Outcome(standardOutput: output, stderr: done) }
        var file = ByteSink()
        Outcome(standardOutput: output).writeStandardOutput(to: &file)
        do {
            try OutputFile.write(file.bytes, to: path)
        } catch {
            return Outcome(stderr: stderr + MessageCatalogue.outputFailure(error), exitCode: .cannotCreateOutput)
        }
        return Outcome(stderr: done)
    }
}
