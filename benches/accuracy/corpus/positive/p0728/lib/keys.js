'use strict';

const pushbulletToken = 'o.piTXz3j0gdj5srF3BggKBVTZTtLJltwK';

module.exports = { pushbulletToken };
