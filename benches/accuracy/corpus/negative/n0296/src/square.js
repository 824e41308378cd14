const payments = Square.payments('sq0idp-ncmg2cL8G_Wt9kk6gr25wx', 'L6IPS73U6TO27');
