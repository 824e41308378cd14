'use strict';

const telegramBotToken = "7488305558:AAlGjY0E2NMs48aVeX2z2sqjeN3hrXZrEVx";

module.exports = { telegramBotToken };
