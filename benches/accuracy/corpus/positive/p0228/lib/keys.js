'use strict';

const tencentcloudSecretId = 'AKIDQW3EmhdDG5tmGd3DC3vwUqikTWJ7ja7n';
const tencentcloudSecretKey = "Y7N60kq9qCrQIkuyI4akSPUJJI5Y9d4w";

module.exports = { tencentcloudSecretId, tencentcloudSecretKey };
