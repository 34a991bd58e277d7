/// What a Word báo cáo's header and closing blocks say that the data cannot (Decree 30/2020/NĐ-CP, Appendix I):
/// given by `report`'s options or a settings file (`--letterhead`). What is not given is left as "…" for the officer.
public struct Letterhead: Sendable, Equatable {
    /// The superior body over the issuing office (tên cơ quan, tổ chức chủ quản): "UBND TỈNH QUẢNG NGÃI".
    public var superior: String?
    /// The issuing office (tên cơ quan, tổ chức ban hành văn bản): "SỞ Y TẾ".
    public var office: String?
    /// The report's number and symbol (số, ký hiệu): "125/BC-SYT".
    public var number: String?
    /// The place name before the date (địa danh): "Quảng Ngãi".
    public var place: String?
    /// The day the report is signed.
    public var date: Day?
    /// The signer's authority and title (quyền hạn, chức vụ): "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC".
    public var signerTitle: String?
    /// The signer's full name.
    public var signer: String?
    /// The recipients (nơi nhận), each a line of the "Nơi nhận:" block.
    public var recipients: [String] = []

    public init(superior: String? = nil, office: String? = nil, number: String? = nil, place: String? = nil, date: Day? = nil,
                signerTitle: String? = nil, signer: String? = nil, recipients: [String] = []) {
        self.superior = superior
        self.office = office
        self.number = number
        self.place = place
        self.date = date
        self.signerTitle = signerTitle
        self.signer = signer
        self.recipients = recipients
    }

    /// Each field given in `other` replaces this one's.
    public func overridden(by other: Letterhead) -> Letterhead {
        Letterhead(superior: other.superior ?? superior, office: other.office ?? office, number: other.number ?? number,
                   place: other.place ?? place, date: other.date ?? date, signerTitle: other.signerTitle ?? signerTitle,
                   signer: other.signer ?? signer, recipients: other.recipients.isEmpty ? recipients : other.recipients)
    }
}
