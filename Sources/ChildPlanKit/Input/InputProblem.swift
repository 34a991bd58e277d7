import OfficeFormats

/// Every way an input file can be wrong, one case each.
public enum InputProblem: Hashable, Sendable {
    // The file itself
    case fileNotFound
    /// The data read when no path is given (`Data/` here, or `$CHILDPLAN_DATA`) is not there.
    case defaultDataNotFound(currentDirectory: String, fromEnvironment: Bool)
    case fileUnreadable(reason: String)
    case isDirectory
    /// A directory given where one plan is meant (`update PLAN`, `compare PARENT CHILD`).
    case planIsDirectory
    case fileTooLarge(bytes: Int, limit: Int)
    /// A device or pipe that gave more than the limit without ending.
    case inputWithoutEnd(limit: Int)
    case emptyFile
    case notUnicode(EncodingGuess)
    case invalidUTF16(bigEndian: Bool)
    case unrecognisedFile(header: [String])
    /// A report childplan wrote, found in a folder of the data: passed over.
    case ownReport
    /// The paths hold no plan, updates or registry file.
    case noDataFiles
    /// The paths hold data, but no plan, and the command needs one.
    case noPlan
    case unsupportedExtension(String)

    // Word and Excel
    /// A Word or Excel file that cannot be opened: a damaged, encrypted, ZIP64 or crafted archive, or broken XML.
    case officeFile(OfficeProblem)
    /// Binary Office 97–2003 (`.doc`, `.xls`), or a Word or Excel file locked with a password.
    case binaryOffice(word: Bool, encrypted: Bool)
    case pdf
    /// OpenDocument (`.odt`, `.ods`): not read; saved as `.docx` or `.xlsx` it is.
    case openDocument
    /// A ZIP archive that is neither a Word document nor an Excel workbook.
    case notOfficeArchive
    /// No table or sheet of the file has the header looked for; each found, with its first row.
    case tableNotFound(FileKind, found: [String], inDocument: Bool)
    /// `--table N` beyond the document's tables.
    case tableNotInDocument(Int, count: Int)
    /// `--sheet NAME` that the workbook does not have.
    case sheetNotInWorkbook(String, sheets: [String])

    // CSV syntax and layout
    case unterminatedQuote
    case raggedRow(fields: Int, columns: Int)
    /// A row with more cells than `Limits.cellsPerRow`.
    case tooManyCells(limit: Int)
    case headerNotFound(FileKind)
    case missingColumns([String], FileKind)

    // Appendix
    case unknownGroupNumeral(String)
    case groupRepeated(numeral: String, firstLine: Int)
    case invalidTaskNumber(String)
    /// A task number above `Limits.largestTaskNumber` (as written, or as counted on from the task above).
    case taskNumberTooLarge(String, limit: Int)
    /// A task naming more partner agencies than `Limits.partnersPerTask`.
    case tooManyPartners(taskID: String, count: Int, limit: Int)
    case taskOutsideGroup
    case duplicateTaskID(String, firstLine: Int)
    case missingLead(taskID: String)
    case missingTaskText(taskID: String)
    case timeframeNotUnderstood(text: String, recognised: String?)

    // Plan JSON
    case invalidJSON(JSONSyntaxProblem)
    case unsupportedPlanFormat(String?)
    case missingKey(String)
    case wrongType(key: String, expected: ExpectedValue)
    case invalidValue(key: String, value: String, expected: ExpectedValue)
    case taskIDMismatch(id: String, expected: String)
    case unknownKey(String)
    /// A key of the letterhead settings file that is not one of them (a typo would leave a blank unnoticed).
    case unknownSetting(String, known: [String], suggestion: String?)

    // Updates
    case unknownStatus(String)
    case invalidDate(String)
    /// A real day outside the years a plan can span (`Limits.years`).
    case dayOutOfRange(String, years: ClosedRange<Int>)
    case missingDate
    case invalidPeriod(String)
    case missingTaskID
    case planNotGiven(loaded: [String])
    case unknownPlan(String, loaded: [String])
    case unknownTask(plan: String, task: String)

    // Registry
    case missingAgencyName
    case unknownAgencyKind(String)
    /// A registry row that needs a value in a column (a split duty's `since` or `keywords`).
    case missingRegistryValue(column: String)
    /// Agencies that succeed one another round in a circle (`A → B → A`), or one that succeeds itself.
    case successionCycle([String])

    // The data set as a whole
    case duplicatePlan(id: String, otherFile: String)
    case planDiffersFromSource(id: String, otherFile: String, difference: PlanDifference)

    // Warnings about what the data says (DataSetChecks)
    case unknownAgency(String, suggestions: [String])
    case emptyGroup(plan: String, group: TaskGroup)
    case districtLead(taskID: String, lead: String, takenBy: String?)
    /// A plan whose place cannot be told from its issuer and is not given (`jurisdiction`).
    case jurisdictionUnknown(plan: String, issuer: String?)
    /// A district or commune plan whose province is not known.
    case jurisdictionWithoutProvince(plan: String, jurisdiction: String)
    /// A `jurisdiction` that names no unit.
    case jurisdictionNotUnderstood(String)
    case looksTruncated(taskID: String)
    case duplicateText(taskID: String, sameAs: String, line: Int)
    case repeatedSentence(taskID: String, sentence: String)
    case looksGarbled(sample: String)

    // Warnings about returns (UpdateChecks)
    /// The same return as one read before, cell for cell.
    case duplicateUpdate(sameAs: SourceLocation)
    /// Another status for the same task and period on the same day, read before at `at`.
    case conflictingStatus(taskID: String, period: ReportingPeriod, status: Status, other: Status, at: SourceLocation)
    /// A return dated after today: a report as of an earlier day leaves it out, but none can be dated later than today.
    case updateAfterToday(date: Day, today: Day)
    /// A period before the plan's first, or after the year of its last deadline.
    case periodOutsidePlan(ReportingPeriod, plan: String, first: ReportingPeriod, lastYear: Int?)
}

/// What a file holds, told apart by its header or extension.
public enum FileKind: String, Sendable, CaseIterable {
    case appendix
    case planJSON
    case updates
    case registry
}

/// What a file that is not UTF-8 looks like, to say how to re-save it.
public enum EncodingGuess: Hashable, Sendable {
    /// Windows-1258, the code page a Vietnamese Windows uses for "CSV (Comma delimited)".
    case windows1258
    /// TCVN3 (ABC), the legacy font encoding of `.VnTime` documents.
    case tcvn3
    /// VNI, the legacy font encoding of `VNI-Times` documents.
    case vni
    /// Some other single-byte encoding.
    case unknown
}

/// What a key or cell should have held, as a message words it (`MessageCatalogue`).
public enum ExpectedValue: Hashable, Sendable {
    case object
    case string
    case stringOrNull
    case array
    case arrayOfObjects
    case arrayOfStrings
    case trueOrFalse
    case groupNumber
    case wholeNumberFromOne
    case monthDay
    case planID
    case level
    /// An array of some of these words.
    case arrayOf([String])
}

/// The first way a plan file differs from the appendix it was imported from.
public enum PlanDifference: Hashable, Sendable {
    /// A task the plan file has and the appendix does not.
    case onlyInPlanFile(taskID: String)
    /// A task the appendix has and the plan file does not.
    case onlyInAppendix(taskID: String)
    /// A task both have, differing in one of its details (`text`, `lead`, `partners`, `timeframe`).
    case detail(taskID: String, key: String)
}
