src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-1nOB2dXboyF2rk5ChyzvGW9CruoSuwFQijv5rOoWXVw=";
};
