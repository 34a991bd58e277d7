/// One task's updates, one per period, periods in order: references into
/// the data set's updates, each copied out only when read.
struct TaskUpdates: RandomAccessCollection, Sendable {
    let batches: [DataSet.UpdateBatch]
    let references: ArraySlice<UpdateIndex.Reference>

    var startIndex: Int { references.startIndex }
    var endIndex: Int { references.endIndex }

    subscript(position: Int) -> StatusUpdate {
        let reference = references[position]
        return batches[Int(reference.batch)].updates[Int(reference.row)]
    }

    func period(at position: Int) -> ReportingPeriod { references[position].period }

    func status(at position: Int) -> Status { references[position].status }

    /// The update for a period, if the task has one.
    func update(for period: ReportingPeriod) -> StatusUpdate? {
        for position in indices where self.period(at: position) == period { return self[position] }
        return nil
    }

    func hasUpdate(for period: ReportingPeriod) -> Bool {
        indices.contains { self.period(at: $0) == period }
    }
}
