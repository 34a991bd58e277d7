import Foundation
import Testing

@testable import ChildPlanKit

/// Problems are data; the catalogue words them. These pin the words of the
/// problems that used to be worded where they were found.
@Suite("The message catalogue", .englishMessages)
struct MessageCatalogueTests {
    @Test("JSON syntax problems", arguments: [
        (JSONSyntaxProblem.commaOrClosingExpected("}"), "',' or '}' was expected"),
        (.endOfFile(expecting: nil), "unexpected end of file: a value was expected"),
        (.endOfFile(expecting: "]"), "unexpected end of file: ']' was expected"),
        (.unknownEscape("q"), #"unknown escape '\q'"#),
        (.loneSurrogate, #"a lone surrogate in a \u escape"#),
        (.lineBreakInString, #"a line break inside a string (write \n)"#),
        (.nestedTooDeep(limit: 200), "values are nested more than 200 deep"),
    ])
    func jsonSyntax(problem: JSONSyntaxProblem, words: String) {
        #expect(MessageCatalogue.message(for: problem) == words)
        #expect(MessageCatalogue.message(for: InputProblem.invalidJSON(problem)) == "not valid JSON: " + words)
    }

    @Test func aMalformedPlanIsReportedAtItsPlaceWithTheWords() throws {
        #expect(throws: JSONParser.SyntaxError(problem: .commaOrClosingExpected("}"), line: 1, column: 9)) {
            try JSONParser.parse(utf8: Array(#"{"a": 1 "b": 2}"#.utf8))
        }
    }

    @Test("Output failures", arguments: [
        (OutputFile.WriteError(path: "out/", problem: .isDirectory), "out/: error: cannot write the output: it is a directory\n"),
        (OutputFile.WriteError(path: "/x/r.md", problem: .system(errno: ENOENT)),
         "/x/r.md: error: cannot write the output: No such file or directory\n"),
    ])
    func outputFailures(error: OutputFile.WriteError, line: String) {
        #expect(MessageCatalogue.outputFailure(error) == line)
    }

    @Test func updatesLogProblemsSayWhetherTheLogIsBad() {
        let bad: [UpdatesLogProblem] = [.notUTF8, .utf16, .invalidCSV(line: 3), .notAnUpdatesHeader]
        let failed: [UpdatesLogProblem] = [.cannotLock(errno: EACCES), .unreadable, .cannotWrite(.isDirectory)]
        #expect(bad.allSatisfy(\.isBadLog) && !failed.contains(where: \.isBadLog))
        #expect(MessageCatalogue.updatesLogFailure(UpdatesLog.Failure(path: "u.csv", problem: .invalidCSV(line: 3)))
            == "u.csv: error: cannot add the update to this log: it is not valid CSV (line 3)\n")
    }
}
