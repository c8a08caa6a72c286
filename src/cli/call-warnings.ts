/** What validates in a call's dates and facts but will not do what a publisher meant. */
import type { FeedCall, FeedFundingFacts } from '../feed/schema.js';

export function callDeadlineWarnings(call: FeedCall): string[] {
  const warnings: string[] = [];
  const given = (['deadline', 'stages', 'rounds'] as const).filter((field) => call[field] !== undefined);
  if (call.deadlineType === 'rolling' && given.length > 0) {
    warnings.push(`the call is rolling (no deadline); its ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} ignored`);
    return warnings;
  }
  if (call.stages?.length && call.rounds?.length) warnings.push('the call has stages and rounds; the rounds are ignored');
  const lastStage = call.stages?.at(-1);
  if (lastStage && call.deadline !== undefined && call.deadline !== lastStage.deadline) {
    warnings.push(`deadline ${call.deadline} is not the last stage's deadline ${lastStage.deadline}; the last stage's is used`);
  }
  const message = populationWarning(call);
  if (message) warnings.push(message);
  return warnings;
}

/** `population` describes municipalities and counties; elsewhere it says nothing. */
export function populationWarning(item: FeedFundingFacts): string | undefined {
  if (!item.population) return undefined;
  return item.applicants?.some((who) => who === 'municipality' || who === 'county')
    ? undefined
    : 'population is given, but applicants names no municipality or county; it is not shown';
}
