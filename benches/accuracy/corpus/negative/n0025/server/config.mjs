'use strict';

const openaiApiKey = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789abcdefghijkl";

module.exports = { openaiApiKey };
