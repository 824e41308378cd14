src = fetchurl {
  url = "https://downloads.acme.io/app.tar.gz";
  hash = "sha256-yHJ14P7tWLFPbNi1Ge1yGv1WU74biO2r34EaTCIZsAU=";
};
