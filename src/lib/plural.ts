// "1 question", "3 questions": one pluralising helper for the learner-facing elements.
// (The runner's messages use run-outcome.ts's, which also groups thousands: "1,204 rows".)
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
