'use strict';

const closeApiKey = `api_Rm5kNHR2diOM76NedtyXbC.SaBmkNXUxlz0G0uYojnpSC`;

module.exports = { closeApiKey };
