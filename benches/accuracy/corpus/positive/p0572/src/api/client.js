'use strict';

const develocityAccessKey = 'ge.wonka.io=xvcuoc6y2werair6avjexceaadiu8td3cdew9hiyh6mas9fn882b';

module.exports = { develocityAccessKey };
