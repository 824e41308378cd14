'use strict';

const bybitApiKey = 'hndQBIf8OAUPRkDnAS';
const bybitApiSecret = "WTeyS0FgWdmJPFg4NFlmRYHAxmOEScG26EFm";

module.exports = { bybitApiKey, bybitApiSecret };
