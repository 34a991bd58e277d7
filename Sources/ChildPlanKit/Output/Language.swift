/// The language of a report's headings, group names and status words.
/// Task texts and agency names stay as the plans wrote them.
public enum Language: String, CaseIterable, Sendable {
    case vi
    case en
}
