'use strict';

const eventbriteToken = "E6WX0S3UHZFQP8CH3AS4";

module.exports = { eventbriteToken };
