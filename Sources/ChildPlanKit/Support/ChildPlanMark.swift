/// How a file childplan wrote says so, for the loader to pass it over in a data folder rather than read it as data.
enum ChildPlanMark {
    /// The category (`cp:category`) of a workbook report (`XLSXReportWriter`); a return form, which is data, has none.
    static let reportCategory = "childplan report"
}
