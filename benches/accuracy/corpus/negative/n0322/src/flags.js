const ldclient = LDClient.initialize('fe4a927953afe1303770c37b', { key: user.id });
