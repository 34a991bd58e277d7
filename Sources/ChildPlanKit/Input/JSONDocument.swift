/// A JSON value with the line and column it starts at, so that a plan file
/// with a wrong value gets a message pointing at it (JSONDecoder only gives
/// a coding path).
public indirect enum JSONValue: Hashable, Sendable {
    case object([JSONMember])
    case array([JSONNode])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public var typeName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}

public struct JSONNode: Hashable, Sendable {
    public var value: JSONValue
    public var line: Int
    public var column: Int
}

public struct JSONMember: Hashable, Sendable {
    public var key: String
    public var keyLine: Int
    public var keyColumn: Int
    public var node: JSONNode
}
