package com.acme.config;

public final class Credentials {
    public static final String CIRCLECI_PROJECT_TOKEN = "CCIPRJ_2PHnrhWfDOHhbOU44mK42v_655f158462fc694c8391c8c65aa5b36392a0544e";

    private Credentials() {}
}
