// Jest global setup: build once, so every test reads the same build/ and
// dist/ that `npm run deploy` and `npm start` would use.
const { execFileSync } = require('node:child_process');

module.exports = function buildOnce() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
};
