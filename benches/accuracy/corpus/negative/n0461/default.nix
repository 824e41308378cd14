src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-gcs8zW+5Sr6hotaheD0Rom3L/jyocbJtN1xZ6PP2t7c=";
};
