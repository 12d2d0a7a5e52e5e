// Test classes run one after another: TorchSharp modules are initialised from torch's process-wide random generator
// (seeded per encoder), so two classes building modules at the same time would draw from each other's sequence and
// break the same-seed-same-weights guarantee the tests check. The suite stays well under a minute.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
