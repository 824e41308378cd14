src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-OR8R5wn7b3QGRHKoSB2EWKm56dpzHj8PmGqCX5SfXkU=";
};
