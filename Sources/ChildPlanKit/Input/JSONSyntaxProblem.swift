/// Every way a JSON text can be malformed, one case each (worded in `MessageCatalogue`).
public enum JSONSyntaxProblem: Hashable, Sendable {
    case textAfterValue
    /// The file ends where a value (nil), `}` or `]` was expected.
    case endOfFile(expecting: Character?)
    /// A character that cannot start a value.
    case unexpectedCharacter(String)
    case nestedTooDeep(limit: Int)
    case keyExpected
    case colonExpected
    /// The same key twice in one object.
    case duplicateKey(String)
    /// Neither `,` nor the closing `}` or `]`.
    case commaOrClosingExpected(Character)
    case valueExpected
    case digitExpected
    case leadingZero
    case digitExpectedAfterPoint
    case digitExpectedInExponent
    case notANumber
    case loneSurrogate
    case unknownEscape(String)
    case unterminatedString
    case lineBreakInString
    case controlCharacterInString
    case hexDigitsExpected
}
