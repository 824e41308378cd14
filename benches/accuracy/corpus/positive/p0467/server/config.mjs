'use strict';

const jiraEmail = 'svc_billing@stark-ind.io';
const jiraApiToken = `ATATT3H649QTMS-KdnAMcEsVHgKZrWg_vQamw9Uhm76l_oe1r1X7d6DedOzD01frZZnZGcA5JR40XeoMTblrjUkFIVIhTPsXLwHDJdcaktIKu3ai7JYlIf-mBGb2ivl_1XYQD3wwIwdKp_l7Q5n2itdzRweanX1cOtftruUoCmT_Hxa_zC_hmOU=E86F7BC3`;

module.exports = { jiraEmail, jiraApiToken };
