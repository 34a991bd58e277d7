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
    /// The agency a name on the command line means in the loaded plans: unknown names get suggestions,
    /// a name the plans have in several jurisdictions the choices (`Sở Y tế — tỉnh Quảng Ngãi`).
    static func agency(_ name: String, in data: DataSet, on day: Day) throws(UsageError) -> AgencyQuery.Match {
        guard let match = AgencyQuery.find(name, in: data, on: day) else {
            throw .unknownAgency(name, suggestions: AgencyQuery.suggestions(for: name, in: data, on: day))
        }
        guard match.others.isEmpty else {
            throw .ambiguousAgency(name, choices: ([match.agency] + match.others).map { CarriedAgency.placed($0.name, in: $0.jurisdiction) })
        }
        return match
    }

    static func isDirectoryTarget(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// Refuses an output path that is empty, or that is a file this run read
    /// (writing it would destroy an input: `report plan.csv -o plan.csv`).
    static func checkOutput(_ path: String?, inputs: [String]) throws(UsageError) {
        guard let path else { return }
        guard !path.isEmpty else { throw .emptyValue(option: "--output <file>") }
        var target = stat()
        guard path != "-", stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
        for input in inputs {
            var source = stat()
            if stat(input, &source) == 0, source.st_dev == target.st_dev, source.st_ino == target.st_ino {
                throw .outputIsInput(path, input: input)
            }
        }
    }

    /// Each table of a report as `DIR/<table>.csv`.
    static func deliverTables(
        _ report: Report, options: RenderOptions, into directory: String, inputs: [String], stderr: String
    ) throws(UsageError) -> Outcome {
        let writer = CSVReportWriter(excel: options.excel)
        let tables = writer.tables(of: OutputFormat.visibleDocument(for: report, options: options))
        for table in tables {
            try checkOutput((directory as NSString).appendingPathComponent(table.name + ".csv"), inputs: inputs)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let failure = OutputFile.WriteError(path: directory, problem: .described((error as NSError).localizedDescription))
            return Outcome(stderr: stderr + MessageCatalogue.outputFailure(failure), exitCode: .cannotCreateOutput)
        }
        // All the tables or none: a full disk never leaves old and new tables mixed.
        let files = tables.map { table in
            (bytes: Array(writer.file(table).utf8), path: (directory as NSString).appendingPathComponent(table.name + ".csv"))
        }
        do {
            try OutputFile.write(files)
        } catch {
            return Outcome(stderr: stderr + MessageCatalogue.outputFailure(error), exitCode: .cannotCreateOutput)
        }
        let names = tables.map { $0.name + ".csv" }
        return Outcome(stderr: stderr + MessageCatalogue.message(for: .tablesWritten(names: names, directory: directory)) + "\n")
    }

    /// The result on standard output, or written to a file at once
    /// (atomically, see `OutputFile`); `note` goes to standard error after it is written.
    static func deliver(
        _ output: Outcome.StandardOutput, to path: String?, inputs: [String], stderr: String = "", note: String? = nil
    ) throws(UsageError) -> Outcome {
        try checkOutput(path, inputs: inputs)
        let done = stderr + (note.map { $0 + "\n" } ?? "")
        guard let path, path != "-" else { return Outcome(standardOutput: output, stderr: done) }
        do {
            // Written as it is made, into the file that replaces the old one at the end: never gathered whole first.
            try OutputFile.write(to: path) { Outcome(standardOutput: output).writeStandardOutput(to: &$0) }
        } catch {
            return Outcome(stderr: stderr + MessageCatalogue.outputFailure(error), exitCode: .cannotCreateOutput)
        }
        return Outcome(stderr: done)
    }
}
