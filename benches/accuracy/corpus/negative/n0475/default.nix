src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-8vAArIVYEOf1wUBz9/xSWlFjvGDrHIf3XWOJcBTqPPM=";
};
