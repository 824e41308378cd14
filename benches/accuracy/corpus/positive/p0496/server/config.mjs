'use strict';

const buildkiteAgentToken = 'b790296245a601d6f20ac78b877692c2ca986e957fd54beda8';

module.exports = { buildkiteAgentToken };
