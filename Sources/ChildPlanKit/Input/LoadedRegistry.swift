import Foundation

/// A registry file as read: its agencies, in file order.
public struct LoadedRegistry: Sendable {
    public var file: String
    public var agencies: [Agency]
}
