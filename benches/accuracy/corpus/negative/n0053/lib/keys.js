'use strict';

const slackBotToken = `xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx`;

module.exports = { slackBotToken };
