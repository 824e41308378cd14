'use strict';

const twitterAccessToken = '6540178072121009438-sK8NMTfjtOCDcmoJHsF2zGGuCX0h9G0aR09KMZqO';
const twitterAccessTokenSecret = "hHOEzz4BNZMgfEsEeDlwdfpq1TTwFSVa2LiL4liql5Xb3";

module.exports = { twitterAccessToken, twitterAccessTokenSecret };
