package com.acme.config;

public final class Credentials {
    public static final String R2_ACCESS_KEY_ID = "41b137b69f4e5fa769f1751057418c23";
    public static final String R2_SECRET_ACCESS_KEY = "ee0d16bf0c73573e826852a637047077c8cb95f508406189fa17c10965371c85";

    private Credentials() {}
}
