'use strict';

const logzioToken = "7clesgkZcPzxdkKGI6Ovqz9oE1C4syEL";

module.exports = { logzioToken };
