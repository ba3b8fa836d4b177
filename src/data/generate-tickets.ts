import { SeededRandom } from '../core/seeded-random.js';

/** One synthetic support ticket, shaped like the seeds' ticket-urgency model input. */
export interface Ticket {
  title: string;
  description: string;
  source: string;
  customer_tier: string;
  urgent: 0 | 1;
}

export interface GenerateTicketsOptions {
  readonly rows: number;
  readonly seed?: number;
  /** Share of labels flipped at random, so no model reaches 100 % (default 0.08). */
  readonly labelNoise?: number;
  /** Raises the share of urgent-sounding tickets and of the phone source: a drifted period. */
  readonly drift?: number;
}

const URGENT_SUBJECTS = [
  'server',
  'production',
  'database',
  'payment',
  'checkout',
  'login',
  'api',
  'website',
];
const URGENT_PROBLEMS = [
  'down',
  'outage',
  'not responding',
  'failing',
  'breach',
  'data loss',
  'crashing',
  'timeout',
];
const ROUTINE_SUBJECTS = [
  'invoice',
  'account',
  'report',
  'profile',
  'dashboard',
  'export',
  'password',
  'newsletter',
];
const ROUTINE_PROBLEMS = [
  'question',
  'request',
  'how to',
  'feature idea',
  'typo',
  'update',
  'feedback',
  'cannot find',
];
const FILLER = [
  'please',
  'help',
  'since this morning',
  'for our team',
  'customers report',
  'we noticed',
  'again',
  'thanks',
  'asap',
  'when possible',
  'after the update',
  'on mobile',
];
const SOURCES = ['email', 'phone', 'web', 'chat'];
const TIERS = ['premium', 'standard', 'enterprise'];

/**
 * Generates support tickets whose urgency follows their words, tier and source, with label noise:
 * the stand-in for the seeds' ticket data, used by benchmarks and the demo. Deterministic under a seed.
 */
export function generateTickets(options: GenerateTicketsOptions): Ticket[] {
  const rng = new SeededRandom(options.seed ?? 42);
  const noise = options.labelNoise ?? 0.08;
  const drift = options.drift ?? 0;
  const tickets: Ticket[] = [];
  for (let i = 0; i < options.rows; i++) {
    const source = rng.next() < drift * 0.5 ? 'phone' : rng.pick(SOURCES);
    const tier = rng.pick(TIERS);
    const urgentTopic = rng.next() < 0.35 + drift * 0.3;
    const subject = rng.pick(urgentTopic ? URGENT_SUBJECTS : ROUTINE_SUBJECTS);
    const problem = rng.pick(
      rng.next() < 0.8 ? (urgentTopic ? URGENT_PROBLEMS : ROUTINE_PROBLEMS) : URGENT_PROBLEMS,
    );
    const words = [subject, problem];
    const fillerCount = 3 + rng.int(6);
    for (let w = 0; w < fillerCount; w++) words.push(rng.pick(FILLER));
    if (rng.next() < 0.3) words.push(rng.pick(ROUTINE_SUBJECTS));
    // A latent score: the problem words matter most, then tier and source.
    let score = URGENT_PROBLEMS.includes(problem) ? 1.6 : -1.4;
    if (URGENT_SUBJECTS.includes(subject)) score += 0.6;
    if (tier === 'enterprise') score += 0.5;
    if (tier === 'premium') score += 0.3;
    if (source === 'phone') score += 0.4;
    const probability = 1 / (1 + Math.exp(-score));
    let urgent: 0 | 1 = rng.next() < probability ? 1 : 0;
    if (rng.next() < noise) urgent = urgent === 1 ? 0 : 1;
    tickets.push({
      title: `${subject} ${problem}`,
      description: rng.shuffle(words).join(' '),
      source,
      customer_tier: tier,
      urgent,
    });
  }
  return tickets;
}
