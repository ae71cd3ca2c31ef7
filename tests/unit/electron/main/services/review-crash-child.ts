// Child process of the review log's crash-safety test (review-store-crash.test.ts): opens the real ReviewStore on
// the folder it is given and appends one review at a time until it is killed, printing `begin <event JSON>` before
// each append and `done <id>` once the append has resolved (stdout to a pipe is synchronous on Linux and macOS, so a
// printed line survives a SIGKILL that comes right after it). Usage: node review-crash-child.mjs <folder> <card-slug>
import { newReviewId, type Review } from '../../../../../electron/common/reviews';
import { ReviewStore } from '../../../../../electron/main/services/review-store';

const [directory, slug] = process.argv.slice(2);
if (!directory || !slug) throw new Error('usage: review-crash-child <folder> <card-slug>');

const store = new ReviewStore(directory);
const loaded = await store.get();
if (loaded.notice) process.stdout.write(`notice ${loaded.notice.replace(/\n/g, ' ')}\n`);
process.stdout.write(`ready ${loaded.value.events.length}\n`);
for (let index = 0; ; index += 1) {
  const at = Date.now();
  const event: Review = { type: 'review', id: newReviewId(at), at, card: `bank:${slug}`, rating: ((index % 4) + 1) as Review['rating'], correct: index % 3 !== 0, chosen: index % 6, ms: (index * 997) % 600_000, mode: 'review', instance: `seed-${index}` };
  process.stdout.write(`begin ${JSON.stringify(event)}\n`);
  await store.append([event]);
  process.stdout.write(`done ${event.id}\n`);
}
