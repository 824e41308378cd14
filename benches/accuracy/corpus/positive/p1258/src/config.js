'use strict';

const visualcrossingApiKey = '2ODMQTZDF5Q9SHB4LAEDCV8BV';

module.exports = { visualcrossingApiKey };
