'use strict';

const databaseUrl = "postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app";

module.exports = { databaseUrl };
