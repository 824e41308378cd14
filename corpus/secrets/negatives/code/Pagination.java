String nextPageToken = response.getNextPageToken();
request.setPageToken("CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA");
String csrfToken = "a8Xk29LqZr7Wm3Vb5Nc1";
