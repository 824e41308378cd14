const payments = Square.payments('sq0idp-wG6PSYeikqC5wbVrO5vU8g', 'LWYJD8H46DABW');
