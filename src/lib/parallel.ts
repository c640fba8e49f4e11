// File work over thousands of files (reading pages, linking the last build's files) goes faster
// with several operations in flight: each waits on the disk, not on the CPU. A bounded number at
// once keeps open files well under the system's limit.

/** How many operations run at once. */
const inFlight = 32;

/** Calls `work` on every item, up to `inFlight` at a time; resolves with the results in order. */
export async function mapInParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  return results;
}
