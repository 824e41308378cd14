'use strict';

const alibabaCloudAccessKeyId = 'LTAIelPnVNycaTbAIAnjRyur';
const alibabaCloudAccessKeySecret = 'dtvhlpiX6l5haLBNJYfRX7szcX6818';

module.exports = { alibabaCloudAccessKeyId, alibabaCloudAccessKeySecret };
