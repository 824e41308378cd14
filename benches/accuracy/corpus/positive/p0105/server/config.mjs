'use strict';

const azureOpenaiApiKey = '63eea507d594d83262bf938043245601';

module.exports = { azureOpenaiApiKey };
