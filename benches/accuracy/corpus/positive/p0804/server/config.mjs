'use strict';

const twitterAccessToken = '4964707760275731232-rZKXDWVAA09qvg33d1E30AoQPPn4A42P46M0q9V8';
const twitterAccessTokenSecret = `tRfttu50UWMpUjE7c8id8CCuaggplfdSXJDnt8JUOUBee`;

module.exports = { twitterAccessToken, twitterAccessTokenSecret };
