'use strict';

const mailchimpApiKey = "a54dea028460cf14366297e918af183f-us41";

module.exports = { mailchimpApiKey };
