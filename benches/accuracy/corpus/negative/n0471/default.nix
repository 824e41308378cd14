src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-rpr1gpenmZKJC8Dq24X2hq7QsXlpUK5PD2umPzOEogg=";
};
