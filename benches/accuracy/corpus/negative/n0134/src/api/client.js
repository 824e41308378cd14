'use strict';

const slackBotToken = '<%= ENV['API_KEY'] %>';

module.exports = { slackBotToken };
