const payments = Square.payments('sq0idp-sBVErG9vlKTfDGQOVxLELb', 'LXKGBSW63X9YS');
