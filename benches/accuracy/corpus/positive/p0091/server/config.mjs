'use strict';

const cerebrasApiKey = 'csk-52van72qdnu6pyoiy1lqyettrq3l3xwe6ylwsfllcyng9lnj';

module.exports = { cerebrasApiKey };
