'use strict';

const scrapflyKey = "scp-live-fa52444385d1d8eb53be68d12bb3c264";

module.exports = { scrapflyKey };
