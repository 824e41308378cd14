'use strict';

const hibpApiKey = '8809633c50283fa3b1839a12a3e678b2';

module.exports = { hibpApiKey };
