'use strict';

const contentfulSpaceId = '2aegbimgme0m';
const contentfulAccessToken = 'VOeS2ZxhXEUrMSXW2aUtCq1806uXKk0a8iyfBn430Za';

module.exports = { contentfulSpaceId, contentfulAccessToken };
