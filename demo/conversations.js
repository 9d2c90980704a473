// Demo data: the operator desk of the fictional mobile operator «Сигнал». The situations follow
// real contact-centre stories (see DESIGN.md). Traps for readers are deliberate: message bodies
// mention other people's phone numbers; only the card's phone is the subscriber's.
import { lineIssues } from './data/lineIssues.js';
import { olderConversations, personalRequests } from './data/personalRequests.js';

export { operatorName } from './data/thread.js';

/** The queue, in order; the first one opens when the URL has no hash. */
export const conversations = [...personalRequests, ...lineIssues, ...olderConversations];
