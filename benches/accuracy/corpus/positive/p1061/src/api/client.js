'use strict';

const braintreeAccessToken = "access_token$production$3lgzkq8e8aotdexo$5dc312ed0c6c73b120aecffd9ab52a59";

module.exports = { braintreeAccessToken };
