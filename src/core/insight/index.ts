/**
 * Learning time: how long agenda items take, what kind of learning they are (Laurillard's six
 * types), and the sums per seance, track, outcome, ISO week and programme. Pure: no Node, no editor.
 */
export { itemTimes, timedSeanceOf, type ItemTime, type TimedSeance } from './durations';
export { effortMinutes } from './effort';
export {
  isKnownTypeWord,
  LEARNING_TYPES,
  organisationWords,
  TIME_KINDS,
  timeKindOf,
  type LearningType,
  type LearningTypeWords,
  type TimeKind,
} from './learningTypes';
export {
  DEFAULT_WEEKLY_PRACTICE_LIMIT_MINUTES,
  practiceByWeek,
  practiceWeeks,
  seanceSums,
  summariseProgramme,
  type GroupSummary,
  type MinutesByType,
  type ProgrammeSummary,
  type SeanceSummary,
  type SummaryOptions,
  type TimeSums,
  type WeekSummary,
} from './summary';
export { weekKey, weekMonday, weeksFrom } from './weeks';
export { hoursMessage, weekMessage } from './hours';
