'use strict';

const databricksToken = 'dapi0e2dc88c';

module.exports = { databricksToken };
