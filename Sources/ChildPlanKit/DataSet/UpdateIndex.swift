import Foundation

/// For each task of a data set, its latest update for each period (latest
/// date; on the same date, the one read last), periods in order. Updates
/// dated after the report's day are left out: a report as of a past day
/// shows what was known then. Made by `DataSet.updates(asOf:)`.
///
/// Updates are not copied: each task has a run of references into the data
/// set's update batches, in one flat array (a counting sort by task).
struct UpdateIndex: Sendable {
    /// Where an update is, with what assessing a task asks of every one of
    /// its updates: read from here, the data set's batches are not touched
    /// (nor their storage counted) for each question.
    struct Reference: Sendable {
        var batch: Int32
        var row: Int32
        var period: ReportingPeriod
        var date: Day
        var status: Status
    }

    private let batches: [DataSet.UpdateBatch]
    private let references: [Reference]
    /// Task number → where its run starts in `references`; one more entry than tasks.
    private let runStarts: [Int32]
    /// Task number → how many of its run are kept (one per period).
    private let runCounts: [Int32]

    /// The task an update row counts for as of `day`: nil when it matches
    /// no task or is dated after the day. Both passes below ask this, so
    /// that they always agree on which rows are placed.
    @inline(__always)
    private static func task(ofRow row: Int, in batch: DataSet.UpdateBatch, asOf day: Day) -> Int? {
        guard let task = batch.tasks[row], batch.updates[row].date <= day else { return nil }
        return task.position
    }

    /// Built on every core: each core counts and places the updates of a
    /// run of files, so that a task's updates still come in file order.
    init(_ data: DataSet, asOf day: Day, cores: Int = Parallel.cores) {
        let batches = data.updateBatches
        self.batches = batches
        let taskCount = data.taskCount
        let parts = max(1, min(cores, batches.count))
        let batchRanges = Parallel.ranges(of: batches.count, parts: parts)
        let partRanges = Parallel.ranges(of: parts, parts: parts)

        // Each part counts the updates it has for each task.
        let counts: [[Int32]] = Parallel.array(count: parts, ranges: partRanges) { range, slots in
            for part in range {
                var counts = [Int32](repeating: 0, count: taskCount)
                for batch in batchRanges[part] {
                    for row in batches[batch].updates.indices {
                        if let task = UpdateIndex.task(ofRow: row, in: batches[batch], asOf: day) { counts[task] += 1 }
                    }
                }
                slots.put(counts, at: part)
            }
        }
        // Where each task's run starts, and where each part's updates start within it.
        var starts = [Int32](repeating: 0, count: taskCount + 1)
        var partStarts = [[Int32]](repeating: [Int32](repeating: 0, count: taskCount), count: parts)
        var total: Int32 = 0
        for task in 0..<taskCount {
            starts[task] = total
            for part in 0..<parts {
                partStarts[part][task] = total
                total += counts[part][task]
            }
        }
        starts[taskCount] = total
        runStarts = starts
        let (taskRunStarts, placeOfPart) = (starts, partStarts)

        // Each part puts its updates in place, the same rows it counted.
        var references: [Reference] = Parallel.array(count: Int(total), ranges: partRanges) { range, slots in
            for part in range {
                var next = placeOfPart[part]
                for batch in batchRanges[part] {
                    let updates = batches[batch].updates
                    for row in updates.indices {
                        guard let task = UpdateIndex.task(ofRow: row, in: batches[batch], asOf: day) else { continue }
                        slots.put(
                            Reference(
                                batch: Int32(batch), row: Int32(row), period: updates[row].period, date: updates[row].date,
                                status: updates[row].status),
                            at: Int(next[task]))
                        next[task] += 1
                    }
                }
            }
        }
        // Then each task's run is sorted by period, then date, stably (so
        // read order breaks ties), and only the last of each period kept.
        runCounts = Parallel.array(count: taskCount, ranges: Parallel.ranges(of: taskCount, cores: cores), rewriting: &references) {
            range, keptSlots, referenceSlots in
            for task in range {
                let (start, end) = (Int(taskRunStarts[task]), Int(taskRunStarts[task + 1]))
                keptSlots.put(UpdateIndex.keepLatestPerPeriod(in: referenceSlots, from: start, to: end), at: task)
            }
        }
        self.references = references
    }

    /// Sorts the references from `start` to `end` by period, then date,
    /// stably, and moves the last of each period to the front; returns how
    /// many that is.
    private static func keepLatestPerPeriod(in references: Parallel.Slots<Reference>, from start: Int, to end: Int) -> Int32 {
        guard end - start > 1 else { return Int32(end - start) }
        if end - start > 32 {
            // A long run (a task with thousands of updates) is sorted, not
            // inserted one by one; its place in the run breaks ties, as read order does.
            let sorted = (start..<end).map { (references[$0], $0) }.sorted {
                ($0.0.period, $0.0.date, $0.1) < ($1.0.period, $1.0.date, $1.1)
            }
            for (offset, entry) in sorted.enumerated() { references[start + offset] = entry.0 }
        } else {
            insertionSort(references, from: start, to: end)
        }
        var write = start
        for index in start..<end {
            if index + 1 < end, references[index + 1].period == references[index].period { continue }
            references[write] = references[index]
            write += 1
        }
        return Int32(write - start)
    }

    /// Sorts a short run by period, then date, stably.
    private static func insertionSort(_ references: Parallel.Slots<Reference>, from start: Int, to end: Int) {
        for index in (start + 1)..<end {
            let moving = references[index]
            let key = (moving.period, moving.date)
            var place = index
            while place > start, key < (references[place - 1].period, references[place - 1].date) {
                references[place] = references[place - 1]
                place -= 1
            }
            references[place] = moving
        }
    }

    /// The task's latest update per period, periods in order.
    func updates(for task: TaskRef) -> TaskUpdates {
        let start = Int(runStarts[task.position])
        return TaskUpdates(batches: batches, references: references[start..<(start + Int(runCounts[task.position]))])
    }
}
