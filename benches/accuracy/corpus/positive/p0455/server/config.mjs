'use strict';

const gitlabOauthAppId = 'fa5ebba0d3c1fc5079f8c2299a64011e799c9dc05dbb6d75bc6b1393d149d62a';
const gitlabOauthSecret = 'gloas-069e1e327ece8c4ff945c42006b59be19ab1918162bb2b3f82eddebfc6e90ae1';

module.exports = { gitlabOauthAppId, gitlabOauthSecret };
