'use strict';

const openweatherApiKey = "f400b7e0bd47073eb1b8e79e5d2e2793";

module.exports = { openweatherApiKey };
