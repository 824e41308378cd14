'use strict';

const buildkiteAgentToken = 'a256fc4b1997b54bb62c9878dd587793bcbc5492a460d50f61';

module.exports = { buildkiteAgentToken };
