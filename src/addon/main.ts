// The add-on's entry points. The build gives each export a top-level
// function in build/Code.js, since Apps Script sees nothing else.
export { onOpen, onInstall } from './menu';
export { createInventory } from './create-inventory';
export {
  getGapAnalysis,
  selectBenchmark,
  setThreshold,
  showGapAnalysis,
} from './gap-analysis';
