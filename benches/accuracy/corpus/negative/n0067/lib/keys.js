'use strict';

const githubToken = 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';

module.exports = { githubToken };
