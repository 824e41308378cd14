'use strict';

const jiraEmail = 'svc_billing@wonka.io';
const jiraApiToken = `ATATT3RnRBXKMWexbormpc_DT3kTO2SDyD8DwRkSJrCYSZvjoJbtwy3aBzQzPUKRKLRVDGrniw3kv3g9H-o-s9RrtCNCImgEsIhYWGyiJZoQI0egJr7uqE_L5KncWOpMZSf2OGnRqWoqAIe0N5HTGgXmj8gj7RYSpCiHbKha57KLPV7LUe69EXi=CF91984B`;

module.exports = { jiraEmail, jiraApiToken };
