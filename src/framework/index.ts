export * from './types';
export * from './benchmarks';
export * from './labels';
export * from './validate';
export { CAREER_EXPLORATION as DEFAULT_FRAMEWORK } from './career-exploration';
