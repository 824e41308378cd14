'use strict';

const chromaticProjectToken = "chpt_4675f0645b44ce";

module.exports = { chromaticProjectToken };
