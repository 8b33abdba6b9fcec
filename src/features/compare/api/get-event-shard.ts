// The fetcher now lives in src/api so the party pages and the timeline share it
// (and its cache). This re-export keeps the comparison's in-progress files
// compiling until they import '@/api/get-event-shard' directly; then delete it.
export { eventShardQueryOptions, useEventShard } from '@/api/get-event-shard';
