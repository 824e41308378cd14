'use strict';

const ciJobToken = "glcbt-64_FYLS6gNmbqC7e96YedPd";

module.exports = { ciJobToken };
