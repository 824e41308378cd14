'use strict';

const teamsWorkflowUrl = `https://prod-15.westeurope.logic.azure.com:443/workflows/4bf781e94c735d4662cd76d50da1281e/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=32r-BcZxgCcimqUlUpmdiy8E8VN34uTCxBiNdI4hPDj`;

module.exports = { teamsWorkflowUrl };
