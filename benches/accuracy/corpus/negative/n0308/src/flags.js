const ldclient = LDClient.initialize('15d4c13e918aa08fae1229a8', { key: user.id });
