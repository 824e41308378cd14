src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-7eknMXduELY1TUGXL32n1Z4o6iJAlIfnu5yqP0OKKTw=";
};
