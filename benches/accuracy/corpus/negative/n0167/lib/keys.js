'use strict';

const sendgridApiKey = 'SG.${API_KEY}';

module.exports = { sendgridApiKey };
