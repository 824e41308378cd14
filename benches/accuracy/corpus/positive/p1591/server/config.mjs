'use strict';

const appKey = `base64:4mSgx9RTnsPHM6ayYEgwFkJIM+ZGSbmmHtDIEMK315g=`;

module.exports = { appKey };
