src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-5pewZL6G7yAkHR0qZP1Y7dslR0YwOXoYvB3WlH5tJMo=";
};
