'use strict';

const scraperapiKey = '61dfa8239db84542fb8e7fcbd3f4a3f1';

module.exports = { scraperapiKey };
