'use strict';

const helpscoutAppId = '42WP664NRYz4mmWEVX9nwhNvZhNMFmkE';
const helpscoutAppSecret = "1VThmvOWQ7E7WDMPlM5DrwlKxWNyfFiO";

module.exports = { helpscoutAppId, helpscoutAppSecret };
