'use strict';

const mapquestApiKey = '9WDm9qUpQt4BjtSZZE70bHKUD62KQJxG';

module.exports = { mapquestApiKey };
