'use strict';

const telegramBotToken = '1473645330:AAa3InQIthPLsQOm9DhxqFTrseAqJ7X2hp1';

module.exports = { telegramBotToken };
