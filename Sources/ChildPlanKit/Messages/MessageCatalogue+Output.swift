import Foundation

extension MessageCatalogue {
    /// `PATH: error: cannot write the output: REASON`, with its line break.
    static func outputFailure(_ error: OutputFile.WriteError) -> String {
        VisibleText.visible("\(error.path): error: cannot write the output: \(message(for: error.problem))") + "\n"
    }

    /// `PATH: error: cannot add the update to this log: REASON`, with its line break.
    static func updatesLogFailure(_ failure: UpdatesLog.Failure) -> String {
        VisibleText.visible("\(failure.path): error: cannot add the update to this log: \(message(for: failure.problem))") + "\n"
    }

    static func message(for problem: OutputProblem) -> String {
        switch problem {
        case .isDirectory: "it is a directory"
        case .system(let number): String(cString: strerror(number))
        case .described(let description): description
        }
    }

    static func message(for problem: UpdatesLogProblem) -> String {
        switch problem {
        case .cannotLock(let number): String(cString: strerror(number))
        case .lockTimeout(let seconds):
            "another update held its lock for more than \(seconds) seconds; try again, or look for an update that is stuck"
        case .unreadable: "it cannot be read"
        case .notUTF8: "it is not UTF-8 text"
        case .utf16: "it is UTF-16; save it as CSV UTF-8 first"
        case .invalidCSV(let line): "it is not valid CSV (line \(line))"
        case .notAnUpdatesHeader: "its header is not an updates header (plan, task, period, status, date…)"
        case .wouldReadDifferently:
            "with the row added it would read differently (its delimiter or header is unclear); "
                + "open it in a spreadsheet, check its columns and save it as CSV again, or give --log a new file"
        case .cannotWrite(let problem): message(for: problem)
        }
    }

    static func message(for problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .textAfterValue: "unexpected text after the end of the JSON value"
        case .endOfFile(let expecting): "unexpected end of file: " + (expecting.map { "'\($0)' was expected" } ?? "a value was expected")
        case .unexpectedCharacter(let character): "unexpected character '\(character)': a value was expected"
        case .nestedTooDeep(let limit): "values are nested more than \(limit) deep"
        case .keyExpected: "a key in double quotes was expected"
        case .colonExpected: "':' was expected after the key"
        case .duplicateKey(let key): "the key \"\(key)\" is given twice in this object: keep one"
        case .commaOrClosingExpected(let closing): "',' or '\(closing)' was expected"
        case .valueExpected: "unexpected text: a value was expected"
        case .digitExpected: "a digit was expected"
        case .leadingZero: "numbers may not start with 0"
        case .digitExpectedAfterPoint: "a digit was expected after '.'"
        case .digitExpectedInExponent: "a digit was expected in the exponent"
        case .notANumber: "not a number"
        case .loneSurrogate: "a lone surrogate in a \\u escape"
        case .unknownEscape(let escape): "unknown escape '\\\(escape)'"
        case .unterminatedString: "unexpected end of file inside a string"
        case .lineBreakInString: "a line break inside a string (write \\n)"
        case .controlCharacterInString: "a control character inside a string"
        case .hexDigitsExpected: "four hex digits were expected after \\u"
        }
    }
}
