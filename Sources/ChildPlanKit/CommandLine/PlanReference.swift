import Foundation

/// A plan named on the command line: a plan file (appendix CSV or plan
/// JSON), or the id of a plan in the data directory.
enum PlanReference {
    struct Found {
        var plan: LoadedPlan
        var data: AssembledData
    }

    enum Failure: Error {
        case usage(UsageError)
        case data(Outcome)
    }

    static func resolve(_ reference: String, context: CommandContext, extraPaths: [String] = []) -> Result<Found, Failure> {
        if let outcome = directoryRefusal(reference) { return .failure(.data(outcome)) }
        let isFile = FileManager.default.fileExists(atPath: reference)
        let paths = isFile ? [reference] + extraPaths : (extraPaths.isEmpty ? [context.defaultDataPath] : extraPaths)
        // The plan alone: its returns are not needed to find it, and a bad row in them must not stop an update.
        let data = DataInput.load(paths: paths, registryFile: nil, context: context, bringsReturns: false)
        let code = MessageCatalogue.exitCode(for: data.diagnostics)
        guard code == .success else { return .failure(.data(Outcome(stderr: DataInput.lines(data.diagnostics), exitCode: code))) }
        if isFile {
            let standardised = (reference as NSString).standardizingPath
            if let plan = data.plans.first(where: { ($0.file as NSString).standardizingPath == standardised }) ?? data.plans.first {
                return .success(Found(plan: plan, data: data))
            }
        } else if let plan = data.plans.first(where: { $0.plan.id == reference })
            ?? data.plans.first(where: { VietnameseText.compactKey($0.plan.id) == VietnameseText.compactKey(reference) })
        {
            return .success(Found(plan: plan, data: data))
        }
        let ids = data.plans.map(\.plan.id)
        return .failure(.usage(.unknownPlan(reference, suggestion: Suggestion.closestWord(to: reference, among: ids))))
    }

    /// A directory where one plan is meant is refused as unreadable input
    /// (66), not taken for a plan id nobody loaded.
    static func directoryRefusal(_ reference: String) -> Outcome? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: reference, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        let diagnostic = Diagnostic.error(.planIsDirectory, at: .wholeFile(reference))
        return Outcome(stderr: DataInput.lines([diagnostic]), exitCode: MessageCatalogue.exitCode(for: [diagnostic]))
    }
}
