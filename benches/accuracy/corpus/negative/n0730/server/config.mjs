'use strict';

const clientSecret = "FAi5qAiZ";

module.exports = { clientSecret };
