/// What a command gets from the world: the environment and today's date.
/// Tests pass their own; the executable passes the real ones.
struct CommandContext: Sendable {
    var environment: [String: String]
    var today: Day

    /// The data a command reads when given no paths: `$CHILDPLAN_DATA`, else `Data/`.
    var defaultDataPath: String {
        if let path = environment["CHILDPLAN_DATA"], !path.isEmpty { return path }
        return "Data"
    }
}

/// Shared steps of the commands that read data.
enum DataInput {
    static let registryOption = CommandSpec.Option(
        long: "registry", valueName: "file",
        help: "An agency registry CSV to apply over the built-in one (adds agencies, overrides successions).")

    static let asOfOption = CommandSpec.Option(
        long: "as-of", valueName: "date", help: "The day to judge by, YYYY-MM-DD or dd/mm/yyyy.", defaultDescription: "today")

    static let pathArgument = CommandSpec.Argument(
        name: "path",
        help: "A plan (appendix CSV or plan JSON), an updates CSV, a registry CSV, or a directory holding any of them.",
        isRepeating: true, isOptional: true, defaultDescription: "Data/, or $CHILDPLAN_DATA")

    /// Loads the paths (or the default data), applies `--registry`, and
    /// checks the whole: the data set, where each part came from, and every diagnostic.
    static func load(paths: [String], registryFile: String?, context: CommandContext, loader: DataLoader = DataLoader())
        -> AssembledData
    {
        var files = loader.load(paths: paths.isEmpty ? [context.defaultDataPath] : paths)
        if let registryFile {
            switch loader.readBytes(of: registryFile) {
            case .success(let bytes):
                let (registry, diagnostics) = RegistryReader.read(utf8: bytes, file: registryFile)
                files.diagnostics += diagnostics
                if let registry { files.registries.append(registry) }
            case .failure(let diagnostic):
                files.diagnostics.append(diagnostic)
            }
        }
        return DataSet.assemble(files)
    }

    /// The diagnostics as lines, sorted by file and position.
    static func lines(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map { DiagnosticWording.line(for: $0) + "\n" }.joined()
    }
}
