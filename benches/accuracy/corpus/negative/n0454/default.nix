src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-cPszR6ZPu+H0eeObphu9wKqjlw7uNzGig1Q7HNjuxpI=";
};
