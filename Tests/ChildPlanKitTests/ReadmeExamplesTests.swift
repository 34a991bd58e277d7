import Foundation
import Testing

@testable import ChildPlanKit

/// Every `$ swift run childplan …` example in README.md runs, and the output it shows is what the binary prints
/// (lines shown in order; "…" stands for lines left out). Run in-process as of 2026-11-22, in the default language,
/// from the repository; files an example writes go to a temporary folder, and examples that change data are not run.
@Suite("README examples")
struct ReadmeExamplesTests {
    struct Example: CustomTestStringConvertible {
        var command: String
        var shown: [String]
        var testDescription: String { command }
    }

    static let examples: [Example] = {
        guard let readme = try? String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        var examples: [Example] = []
        for block in readme.components(separatedBy: "```").enumerated().filter({ $0.offset % 2 == 1 }).map(\.element) {
            var current: Int?  // the example whose output the block's lines are, if any
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("$ swift run childplan") {
                    let command = line.dropFirst("$ swift run childplan ".count).components(separatedBy: " #").first ?? ""
                    examples.append(Example(command: command.trimmingCharacters(in: .whitespaces), shown: []))
                    current = examples.count - 1
                } else if line.hasPrefix("$ ") {
                    current = nil  // another program's example: its output is not ours
                } else if !line.isEmpty, line != "…", let current {
                    examples[current].shown.append(String(line))
                }
            }
        }
        return examples.filter { !$0.command.isEmpty }
    }()

    /// Words as a shell splits them: spaces, and quotes ' and ".
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    @Test func theReadmeHasExamples() {
        #expect(Self.examples.count >= 15)
        #expect(Self.examples.contains { !$0.shown.isEmpty && $0.command.contains("--lang en") })
    }

    @Test(arguments: examples.filter { !$0.command.hasPrefix("update ") })
    func theExampleRunsAndPrintsWhatItShows(_ example: Example) throws {
        let root = Repository.root.path + "/"
        let output = try Build.temporaryDirectory().path + "/"
        var arguments = Self.words(example.command).map { $0.hasPrefix("Data") || $0.hasPrefix("Tests/") || $0.hasPrefix("docs/") ? root + $0 : $0 }
        if let index = arguments.firstIndex(of: "-o"), index + 1 < arguments.count { arguments[index + 1] = output + arguments[index + 1] }
        let outcome = ChildPlanCLI.run(arguments: arguments, environment: ["CHILDPLAN_DATA": root + "Data"], today: Build.day("2026-11-22"))
        let printed = (outcome.stdout + outcome.stderr).replacingOccurrences(of: root, with: "").split(separator: "\n").map(String.init)
        if example.shown.isEmpty || !example.shown[0].hasPrefix("Lỗi") && !example.shown[0].hasPrefix("Error") {
            #expect(outcome.exitCode == .success, "\(example.command): \(outcome.stderr)")
        }
        var next = printed.startIndex
        for line in example.shown {
            guard let found = printed[next...].firstIndex(of: line) else {
                Issue.record("\(example.command): README shows a line the command does not print (in this order):\n\(line)")
                break
            }
            next = found + 1
        }
    }
}
