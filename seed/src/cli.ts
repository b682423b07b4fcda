// `pnpm seed`: the sample data loader (issue #3) is not written yet.
console.error('The sample dataset and its loader are not written yet (see issue #3).');
process.exit(1);
