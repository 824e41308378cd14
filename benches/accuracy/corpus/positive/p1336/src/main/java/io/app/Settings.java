package com.acme.config;

public final class Credentials {
    public static final String UNSPLASH_ACCESS_KEY = "FCSQ1_OvGX-TpLiGDifKgWzMCpTPfIlf9XzQrFliWcC";
    public static final String UNSPLASH_SECRET_KEY = "foNST3rLXL_icpAxjh-nUVK1KQ_flYPdaQVGKx3ztln";

    private Credentials() {}
}
