export * from './common.ts';
export * from './track.ts';
export * from './module.ts';
export * from './lesson.ts';
export * from './capstone.ts';
export * from './quiz.ts';
export * from './glossary.ts';
