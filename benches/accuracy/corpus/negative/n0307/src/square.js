const payments = Square.payments('sq0idp-VXRE8HJrbWXFGnd7Nkh-eu', 'LTQSGBOGE86FQ');
